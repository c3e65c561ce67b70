// Small generated files for the seed: PNG images (uncompressed deflate, so no zlib is needed in
// the browser) and one-page PDFs. Seed file bytes are generated on demand from the file record,
// so 2,000 licences cost no memory until someone opens one.
const crcTable = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();

/** CRC-32 of bytes[from, to), as PNG chunks need. */
export const crc32 = (bytes: Uint8Array, from = 0, to = bytes.length): number => {
    let c = 0xffffffff;
    for (let i = from; i < to; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
};

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

const chunk = (type: string, data: Uint8Array): number[] => {
    const typeBytes = [...type].map(c => c.charCodeAt(0));
    const body = new Uint8Array([...typeBytes, ...data]);
    return [...u32(data.length), ...body, ...u32(crc32(body))];
};

/** An RGB PNG whose pixels come from `pixel(x, y)`. */
export const makePng = (width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Uint8Array => {
    const raw: number[] = [];
    for (let y = 0; y < height; y++) {
        raw.push(0);
        for (let x = 0; x < width; x++) raw.push(...pixel(x, y));
    }
    // zlib stream of stored blocks (max 65535 bytes each) + adler32.
    const z: number[] = [0x78, 0x01];
    for (let i = 0; i < raw.length; i += 65535) {
        const block = raw.slice(i, i + 65535);
        const last = i + 65535 >= raw.length ? 1 : 0;
        z.push(last, block.length & 255, block.length >>> 8, ~block.length & 255, (~block.length >>> 8) & 255, ...block);
    }
    let a = 1;
    let b = 0;
    for (const byte of raw) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    z.push(...u32(((b << 16) | a) >>> 0));
    const ihdr = new Uint8Array([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
    return new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...chunk('IHDR', ihdr), ...chunk('IDAT', new Uint8Array(z)), ...chunk('IEND', new Uint8Array())]);
};

/** A one-page PDF showing a few lines of ASCII text. */
export const makePdf = (lines: string[]): Uint8Array => {
    const esc = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');
    const stream = ['BT', '/F1 14 Tf', '50 780 Td', ...lines.flatMap((l, i) => (i === 0 ? [`(${esc(l)}) Tj`] : ['0 -22 Td', `(${esc(l)}) Tj`])), 'ET'].join('\n');
    const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    let out = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((body, i) => {
        offsets.push(out.length);
        out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new TextEncoder().encode(out);
};

/** A licence-like card: coloured header band, text-like stripes, a red seal. */
export const licenceImage = (seed: number): Uint8Array => {
    const w = 96;
    const h = 64;
    const hue = seed % 3;
    return makePng(w, h, (x, y) => {
        const dx = x - 76;
        const dy = y - 46;
        if (dx * dx + dy * dy < 90 && dx * dx + dy * dy > 50) return [200, 30, 30];
        if (y < 10) return hue === 0 ? [180, 40, 40] : hue === 1 ? [30, 80, 160] : [40, 120, 70];
        if (y > 16 && y < 56 && x > 8 && x < 60 && y % 6 < 2 && (x + seed) % 17 < 14) return [60, 60, 60];
        return [250, 246, 232];
    });
};

/** A product photo-like image for evidence. */
export const photoImage = (seed: number): Uint8Array =>
    makePng(80, 60, (x, y) => {
        const r = (x * 3 + seed * 7) % 256;
        const g = (y * 4 + seed * 13) % 256;
        const inBox = x > 20 && x < 60 && y > 15 && y < 45;
        return inBox ? [240 - (r >> 2), 200, 80 + (g >> 2)] : [r >> 1, g >> 1, 180];
    });
