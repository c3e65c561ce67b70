import { describe, expect, it } from 'vitest';
import { makePdf, photoImage } from '../../mock/seed/files';
import { sha256Hex } from '../../mock/core/sha256';
import { useMockApi } from '../support/api';

const { request } = useMockApi('small');

/** A multipart body built by hand: jsdom's FormData/File do not survive Node's fetch intact. */
const upload = (bytes: Uint8Array | string, name: string, type = 'application/octet-stream') => {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    const boundary = '----tradeward-test-boundary';
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`);
    const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
    const body = new Uint8Array(head.length + data.length + tail.length);
    body.set(head);
    body.set(data, head.length);
    body.set(tail, head.length + data.length);
    return { form: body as unknown as FormData, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } };
};

describe('POST /files (R-CMP-4 evidence uploads)', () => {
    it('stores a PNG named .pdf as image/png and serves it as PNG', async () => {
        const png = photoImage(3);
        const up = await request('POST', '/files', { as: 'service', ...upload(png, 'receipt.pdf', 'application/pdf') });
        expect(up.status).toBe(201);
        expect(up.body.contentType).toBe('image/png');
        expect(up.body.name).toBe('receipt.pdf');
        expect(up.body.size).toBe(png.length);
        expect(up.body.sha256).toBe(sha256Hex(png));
        const down = await request('GET', `/files/${up.body.id}`, { as: 'compliance' });
        expect(down.status).toBe(200);
        expect(down.headers.get('Content-Type')).toBe('image/png');
        expect([...(down.body as Uint8Array).slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });

    it('stores a PDF, a JPEG and a WebP by their first bytes', async () => {
        const pdf = await request('POST', '/files', { as: 'service', ...upload(makePdf(['x']), 'scan.png', 'image/png') });
        expect(pdf.body.contentType).toBe('application/pdf');
        const jpeg = await request('POST', '/files', { as: 'financeA', ...upload(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'a.bin') });
        expect(jpeg.body.contentType).toBe('image/jpeg');
        const webp = new Uint8Array([...'RIFF'].map(c => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBPVP8 '].map(c => c.charCodeAt(0))));
        const w = await request('POST', '/files', { as: 'compliance', ...upload(webp, 'w') });
        expect(w.body.contentType).toBe('image/webp');
    });

    it('refuses an HTML page named .jpg with 422 and a message at the file field', async () => {
        const res = await request('POST', '/files', { as: 'service', ...upload('<!DOCTYPE html><html><script>alert(1)</script></html>', 'photo.jpg', 'image/jpeg') });
        expect(res.status).toBe(422);
        expect(res.body.errors.file).toMatch(/HTML/);
    });

    it('refuses an SVG image (scripts) with 422', async () => {
        const res = await request('POST', '/files', { as: 'service', ...upload('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'logo.png', 'image/png') });
        expect(res.status).toBe(422);
        expect(res.body.errors.file).toMatch(/SVG/);
    });

    it('refuses executables (MZ, ELF) and zip archives', async () => {
        for (const bytes of [new Uint8Array([0x4d, 0x5a, 0x90, 0]), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2]), new Uint8Array([0x50, 0x4b, 3, 4, 0])]) {
            const res = await request('POST', '/files', { as: 'service', ...upload(bytes, 'invoice.pdf') });
            expect(res.status).toBe(422);
            expect(res.body.errors.file).toMatch(/Only JPEG, PNG, WebP images and PDF/);
        }
    });

    it('refuses an empty file with 422', async () => {
        const res = await request('POST', '/files', { as: 'service', ...upload(new Uint8Array(), 'empty.png') });
        expect(res.status).toBe(422);
        expect(res.body.errors.file).toMatch(/empty/);
    });

    it('refuses a file over settings.uploadMaxBytes with 413 stating the limit in MB', async () => {
        const big = new Uint8Array(5 * 1024 * 1024 + 1);
        big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const res = await request('POST', '/files', { as: 'service', ...upload(big, 'big.png') });
        expect(res.status).toBe(413);
        expect(res.body.errors.file).toMatch(/5 MB/);
    });

    it('audits an upload (R-PRV-2) and refuses a signed-out upload with 401', async () => {
        const up = await request('POST', '/files', { as: 'service', ...upload(photoImage(9), 'p.png') });
        const audit = await request('GET', `/audit-log?filter=${encodeURIComponent(JSON.stringify({ recordId: up.body.id }))}`, { as: 'supervisor' });
        expect(audit.body.map((a: { action: string }) => a.action)).toContain('upload');
        const anon = await request('POST', '/files', { ...upload(photoImage(9), 'p.png') });
        expect(anon.status).toBe(401);
    });
});
