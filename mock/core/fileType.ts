// The real type of an uploaded file, read from its first bytes ("magic numbers"). The name and
// the declared Content-Type are never trusted: a page named "photo.jpg" is still HTML.
import type { AllowedFileType } from '../../src/domain';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string) => [...s].map(c => c.charCodeAt(0));

/** The accepted types, each with its signature. */
const ACCEPTED: ReadonlyArray<{ type: AllowedFileType; test: (b: Uint8Array) => boolean }> = [
    { type: 'image/jpeg', test: b => startsWith(b, [0xff, 0xd8, 0xff]) },
    { type: 'image/png', test: b => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
    { type: 'image/webp', test: b => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
    { type: 'application/pdf', test: b => startsWith(b, ascii('%PDF-')) },
];

/** Known refused kinds, so the message can say what the file really is. */
const REFUSED: ReadonlyArray<{ what: string; test: (b: Uint8Array) => boolean }> = [
    { what: 'a Windows executable', test: b => startsWith(b, ascii('MZ')) },
    { what: 'a Linux executable (ELF)', test: b => startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) },
    { what: 'a macOS executable', test: b => [[0xcf, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xcf], [0xca, 0xfe, 0xba, 0xbe]].some(s => startsWith(b, s)) },
    { what: 'a ZIP archive (or an Office document)', test: b => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]) },
    { what: 'a GIF image', test: b => startsWith(b, ascii('GIF8')) },
    { what: 'a RAR archive', test: b => startsWith(b, ascii('Rar!')) },
    { what: 'a 7-Zip archive', test: b => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
    { what: 'a gzip archive', test: b => startsWith(b, [0x1f, 0x8b]) },
];

const textHead = (bytes: Uint8Array): string => {
    let s = '';
    const n = Math.min(bytes.length, 512);
    for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]);
    return s.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
};

export type Detection = { ok: true; contentType: AllowedFileType } | { ok: false; what: string };

/** Detects an accepted type from the first bytes, or says what the file appears to be. */
export const detectFileType = (bytes: Uint8Array): Detection => {
    if (bytes.length === 0) return { ok: false, what: 'empty' };
    for (const a of ACCEPTED) if (a.test(bytes)) return { ok: true, contentType: a.type };
    for (const r of REFUSED) if (r.test(bytes)) return { ok: false, what: r.what };
    const head = textHead(bytes);
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return { ok: false, what: 'an SVG image (it can carry scripts)' };
    if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(script|body|head|iframe)\b/.test(head)) return { ok: false, what: 'an HTML page' };
    if (head.startsWith('<?xml')) return { ok: false, what: 'an XML document' };
    if (head.startsWith('#!')) return { ok: false, what: 'a script' };
    return { ok: false, what: 'of an unknown type' };
};

/** Operator-facing message for a refused upload. */
export const refusalMessage = (what: string): string =>
    what === 'empty'
        ? 'The file is empty (0 bytes). Choose the file again; evidence must contain the document or image.'
        : `This file is ${what}, whatever its name says. Only JPEG, PNG, WebP images and PDF documents are accepted.`;
