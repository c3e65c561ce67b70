// Seed evidence photos: a fast typed-array PNG encoder (stored deflate blocks) and a picture
// whose bottom stripe encodes its number in binary, so every number gives different bytes (and
// a different SHA-256) while the same number always gives the same bytes (duplicate evidence).
import { crc32 } from './files';

const writeU32 = (out: Uint8Array, at: number, n: number) => {
    out[at] = (n >>> 24) & 255;
    out[at + 1] = (n >>> 16) & 255;
    out[at + 2] = (n >>> 8) & 255;
    out[at + 3] = n & 255;
};

const encodePng = (width: number, height: number, rgb: Uint8Array): Uint8Array => {
    const rowLen = width * 3 + 1;
    const raw = new Uint8Array(rowLen * height);
    for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * rowLen + 1);
    const blocks = Math.ceil(raw.length / 65535);
    const zlen = 2 + raw.length + blocks * 5 + 4;
    const total = 8 + 25 + (12 + zlen) + 12;
    const out = new Uint8Array(total);
    out.set([137, 80, 78, 71, 13, 10, 26, 10]);
    let p = 8;
    // IHDR
    writeU32(out, p, 13);
    out.set([73, 72, 68, 82], p + 4);
    writeU32(out, p + 8, width);
    writeU32(out, p + 12, height);
    out.set([8, 2, 0, 0, 0], p + 16);
    writeU32(out, p + 21, crc32(out, p + 4, p + 21));
    p += 25;
    // IDAT
    writeU32(out, p, zlen);
    out.set([73, 68, 65, 84], p + 4);
    let q = p + 8;
    out[q++] = 0x78;
    out[q++] = 0x01;
    for (let i = 0; i < raw.length; i += 65535) {
        const len = Math.min(65535, raw.length - i);
        out[q++] = i + len >= raw.length ? 1 : 0;
        out[q++] = len & 255;
        out[q++] = len >>> 8;
        out[q++] = ~len & 255;
        out[q++] = (~len >>> 8) & 255;
        out.set(raw.subarray(i, i + len), q);
        q += len;
    }
    let a = 1;
    let b = 0;
    for (let i = 0; i < raw.length; i++) {
        a = (a + raw[i]) % 65521;
        b = (b + a) % 65521;
    }
    writeU32(out, q, ((b << 16) | a) >>> 0);
    q += 4;
    writeU32(out, q, crc32(out, p + 4, q));
    p = q + 4;
    // IEND
    writeU32(out, p, 0);
    out.set([73, 69, 78, 68], p + 4);
    writeU32(out, p + 8, crc32(out, p + 4, p + 8));
    return out;
};

/** A product/parcel photo-like picture for evidence number n. */
export const evidencePhoto = (n: number): Uint8Array => {
    // Small on purpose: every seed file is hashed on first read (SHA-256 in plain JS).
    const w = 96;
    const h = 72;
    const rgb = new Uint8Array(w * h * 3);
    const hue = (n * 37) % 360;
    const base = [100 + ((hue * 3) % 120), 110 + ((hue * 5) % 100), 140 + ((hue * 7) % 100)];
    for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 3;
            let r = base[0] - (y >> 1);
            let g = base[1] - (y >> 2);
            let bl = base[2];
            // the "parcel": a box with tape
            if (x > 24 + (n % 10) && x < 72 - (n % 7) && y > 14 && y < 54) {
                r = 196;
                g = 150;
                bl = 96;
                if (Math.abs(x - 48) < 3) [r, g, bl] = [230, 210, 160];
            }
            // the stripe: 24 bits of n, 4 px each
            if (y >= h - 8) {
                const bit = Math.floor(x / 4);
                const on = bit < 24 && (n >>> bit) & 1;
                [r, g, bl] = on ? [20, 20, 20] : [245, 245, 245];
            }
            rgb[i] = Math.max(0, Math.min(255, r));
            rgb[i + 1] = Math.max(0, Math.min(255, g));
            rgb[i + 2] = Math.max(0, Math.min(255, bl));
        }
    }
    return encodePng(w, h, rgb);
};
