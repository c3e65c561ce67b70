// Issue 2 point 4: the demo seed is deterministic, realistic and bilingual. Only the parts of the
// seed the foundation owns are checked here (operators, settings, categories, merchants with their
// documents and files); deposits, complaints and penalties have their own seed tests.
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Database, type SeedSize } from '../../mock/core/db';
import { SEED_ANCHOR, SEED_COUNTS, SEED_VERSION, seedDatabase } from '../../mock/seed';
import { seedBlob } from '../../mock/seed/blobs';
import { seedCategories, seedMerchants } from '../../mock/seed/merchants';
import { daysAgo, SEED_TODAY, streamFor } from '../../mock/seed/context';
import { DEMO_OPERATORS } from '../../mock/seed/operators';
import { Random } from '../../mock/seed/random';
import {
    addDays,
    chinaDate,
    daysBetween,
    DEFAULT_SETTINGS,
    isValidUscc,
    type Category,
    type FileRecord,
    type Merchant,
    type MerchantDocument,
    type Operator,
} from '../../src/domain';

const build = (seedSize: SeedSize) => {
    const db = new Database({ clockOffsetMs: 0, seedSize, seedVersion: SEED_VERSION, counters: {} });
    seedDatabase(db);
    return db;
};

const db = build('default');
const merchants = db.all<Merchant>('merchants');
const documents = db.all<MerchantDocument>('documents');
const files = db.all<FileRecord>('files');
const PENDING = new Set(['pending_review', 'info_requested']);

describe('seed determinism', () => {
    it('two builds produce identical merchants, documents, files, categories and settings', () => {
        const again = build('default');
        for (const resource of ['merchants', 'documents', 'files', 'categories', 'settings', 'operators']) {
            expect(again.all(resource), resource).toEqual(db.all(resource));
        }
    });

    it('random streams are stable per part and independent of each other', () => {
        const a = streamFor('merchants');
        const b = streamFor('merchants');
        const seqA = Array.from({ length: 5 }, () => a.next());
        expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
        expect(streamFor('complaints').next()).not.toBe(seqA[0]);
        const r = new Random(42);
        for (let i = 0; i < 1000; i++) {
            const n = r.int(3, 7);
            expect(n).toBeGreaterThanOrEqual(3);
            expect(n).toBeLessThanOrEqual(7);
        }
        expect(new Random(7).sample([1, 2, 3, 4, 5], 3)).toHaveLength(3);
        expect(new Set(new Random(7).sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
    });
});

describe('seed sizes match SEED_COUNTS', () => {
    it('small and default', () => {
        expect(build('small').all('merchants')).toHaveLength(SEED_COUNTS.small.merchants);
        expect(merchants).toHaveLength(SEED_COUNTS.default.merchants);
        expect(SEED_COUNTS.default).toMatchObject({ merchants: 2000, complaints: 600, penalties: 300 });
        expect(SEED_COUNTS.large).toMatchObject({ merchants: 20_000, ledgerEntries: 100_000 });
    });

    it('large has 20,000 merchants', () => {
        // Only the merchants part: the other parts of the large seed are other tests' business.
        const large = new Database({ clockOffsetMs: 0, seedSize: 'large', seedVersion: SEED_VERSION, counters: {} });
        const { merchants: merchantsOfLarge } = seedMerchants(large, SEED_COUNTS.large, seedCategories(large));
        expect(merchantsOfLarge).toHaveLength(SEED_COUNTS.large.merchants);
        expect(large.all('merchants')).toHaveLength(SEED_COUNTS.large.merchants);
    });
});

describe('operators, settings and categories', () => {
    it('lists the demo accounts: one compliance officer, one agent, two finance officers, one supervisor', () => {
        const ops = db.all<Operator>('operators');
        expect(ops).toEqual(DEMO_OPERATORS);
        expect(ops.map(o => [o.username, o.role])).toEqual([
            ['li.na', 'compliance'],
            ['wang.fang', 'customer_service'],
            ['zhang.wei', 'finance'],
            ['liu.yang', 'finance'],
            ['chen.jing', 'supervisor'],
        ]);
        expect(ops.every(o => o.active && /[\u4e00-\u9fff]/.test(o.name) && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(o.nameEn))).toBe(true);
    });

    it('starts with the default settings, as a copy', () => {
        const settings = db.get('settings', 'platform');
        expect(settings).toEqual(DEFAULT_SETTINGS);
        expect(settings).not.toBe(DEFAULT_SETTINGS);
    });

    it('R-DEP-1 R-DEP-14 categories are bilingual with a required deposit per currency in minor units', () => {
        const cats = db.all<Category>('categories');
        expect(cats.length).toBeGreaterThanOrEqual(8);
        expect(new Set(cats.map(c => c.code)).size).toBe(cats.length);
        for (const c of cats) {
            expect(c.nameZh).toMatch(/[\u4e00-\u9fff]/);
            expect(c.nameEn).toMatch(/^[A-Z][A-Za-z &]+$/);
            for (const cur of ['CNY', 'USD'] as const) {
                expect(Number.isSafeInteger(c.requiredDeposit[cur])).toBe(true);
                expect(c.requiredDeposit[cur]).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.standardDeposit[cur]);
            }
        }
        expect(new Set(cats.map(c => c.requiredDeposit.CNY)).size).toBeGreaterThan(1);
    });
});

describe('merchants are realistic', () => {
    it('R-REG-7 nearly all USCCs are valid; a few pending registrations carry invalid ones for review to catch', () => {
        const invalid = merchants.filter(m => !isValidUscc(m.uscc));
        expect(invalid.length).toBeGreaterThan(0);
        expect(invalid.length).toBeLessThan(merchants.length * 0.03);
        expect(invalid.every(m => PENDING.has(m.status))).toBe(true);
        for (const m of merchants) expect(m.uscc).toMatch(/^91\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
    });

    it('R-REG-13 a few pending registrations use a block-listed USCC', () => {
        const blocked = new Set(DEFAULT_SETTINGS.blockList.map(b => b.uscc));
        const hits = merchants.filter(m => blocked.has(m.uscc));
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.every(m => PENDING.has(m.status))).toBe(true);
    });

    it('names are bilingual: a Chinese registered name and an English name', () => {
        for (const m of merchants) {
            expect(m.nameZh).toMatch(/^[\u4e00-\u9fff（）0-9]+有限公司$/);
            expect(m.nameEn).toMatch(/^[A-Za-z0-9 &().,-]+ Co\., Ltd\.$/);
            expect(m.province).toMatch(/[省市]$/);
            expect(m.phone).toMatch(/^1[35789]\d{9}$/);
            expect(m.email).toMatch(/^[a-z.]+\d+@[a-z-]+\.example\.cn$/);
        }
        expect(new Set(merchants.map(m => m.nameZh)).size).toBe(merchants.length);
        expect(new Set(merchants.map(m => m.province)).size).toBeGreaterThanOrEqual(8);
    });

    it('covers the registration statuses and leaving merchants, mostly active', () => {
        const counts = new Map<string, number>();
        for (const m of merchants) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
        // restricted / suspended derive from measures in force (R-PEN-10), which the penalties seed owns.
        for (const s of ['pending_review', 'info_requested', 'rejected', 'active', 'closed'])
            expect(counts.get(s) ?? 0, s).toBeGreaterThan(0);
        expect(counts.get('active')!).toBeGreaterThan(merchants.length / 2);
    });

    it('R-REG-11 some licences expire within 30 days and some have expired', () => {
        const licences = documents.filter(d => d.type === 'business_licence');
        const expiring = licences.filter(d => d.expiresOn && daysBetween(SEED_TODAY, d.expiresOn) >= 0 && daysBetween(SEED_TODAY, d.expiresOn) <= 30);
        const expired = licences.filter(d => d.expiresOn && daysBetween(SEED_TODAY, d.expiresOn) < 0);
        const longTerm = licences.filter(d => d.expiresOn === null);
        expect(expiring.length).toBeGreaterThan(10);
        expect(expired.length).toBeGreaterThan(10);
        expect(longTerm.length).toBeGreaterThan(licences.length / 2);
    });

    it('R-REG-3 some enterprises were established under a year ago, all of them still pending', () => {
        const young = merchants.filter(m => daysBetween(m.establishedOn, SEED_TODAY) < 365);
        expect(young.length).toBeGreaterThan(0);
        expect(young.every(m => PENDING.has(m.status))).toBe(true);
    });

    it('R-REG-6 related accounts exist: shared USCC, legal representative or phone', () => {
        const groupBy = (key: (m: Merchant) => string) => {
            const map = new Map<string, Merchant[]>();
            for (const m of merchants) map.set(key(m), [...(map.get(key(m)) ?? []), m]);
            return [...map.values()].filter(g => g.length > 1);
        };
        expect(groupBy(m => m.uscc).length).toBeGreaterThan(0);
        expect(groupBy(m => m.phone).length).toBeGreaterThan(0);
        expect(groupBy(m => m.legalRepresentative).length).toBeGreaterThan(0);
    });

    it('R-REG-4 a few pending registrations lack the import/export right and its certificate', () => {
        const without = merchants.filter(m => !m.hasImportExportRight);
        expect(without.length).toBeGreaterThan(0);
        expect(without.every(m => PENDING.has(m.status))).toBe(true);
        const certs = new Set(documents.filter(d => d.type === 'import_export_certificate').map(d => d.merchantId));
        for (const m of merchants) expect(certs.has(m.id), m.id).toBe(m.hasImportExportRight);
    });

    it('R-REG-9 every decided registration records its decision with a reason code', () => {
        for (const m of merchants) {
            if (m.status === 'pending_review') expect(m.decisions).toEqual([]);
            else {
                expect(m.decisions.length, m.id).toBeGreaterThan(0);
                expect(m.decisions.every(d => d.reasonCode && d.decidedBy === 'op-compliance')).toBe(true);
            }
        }
    });

    it('no seed timestamp lies after the clock at first start (SEED_ANCHOR)', () => {
        const stamps = merchants.flatMap(m => [
            m.registeredAt,
            m.submittedAt,
            m.approvedAt,
            m.closedAt,
            m.agreementAcceptedAt,
            m.clearanceStartedAt,
            ...m.decisions.map(d => d.decidedAt),
            ...Object.entries(m.activity).filter(([k]) => k.endsWith('At')).map(([, v]) => v as string | null),
        ]);
        const late = stamps.filter((s): s is string => typeof s === 'string' && s > SEED_ANCHOR);
        expect(late).toEqual([]);
        expect(documents.filter(d => d.uploadedAt > SEED_ANCHOR)).toEqual([]);
        // Licence and certificate files (other seed parts check their own files).
        expect(files.filter(f => /^file-(lic|cert)-/.test(f.id) && f.uploadedAt > SEED_ANCHOR)).toEqual([]);
        expect(merchants.filter(m => m.establishedOn > SEED_TODAY)).toEqual([]);
    });

    it('daysAgo stays within office hours and never after the anchor', () => {
        const r = new Random(1);
        for (let days = 0; days < 40; days++) {
            for (let i = 0; i < 20; i++) {
                const at = daysAgo(days, r);
                expect(at <= SEED_ANCHOR).toBe(true);
                const hour = new Date(Date.parse(at) + 8 * 3_600_000).getUTCHours();
                expect(hour).toBeGreaterThanOrEqual(8);
                expect(hour).toBeLessThanOrEqual(17);
                expect(daysBetween(chinaDate(at), SEED_TODAY)).toBe(days);
            }
        }
        expect(daysAgo(0)).toBe(SEED_ANCHOR);
        expect(addDays(SEED_TODAY, 0)).toBe(chinaDate(SEED_ANCHOR));
    });
});

describe('documents and files', () => {
    it('R-REG-2 R-REG-7 every merchant has a business licence whose USCC is the registered one', () => {
        const byMerchant = new Map(documents.filter(d => d.type === 'business_licence').map(d => [d.merchantId, d]));
        for (const m of merchants) {
            const licence = byMerchant.get(m.id);
            expect(licence, m.id).toBeDefined();
            expect(licence!.licence!.uscc).toBe(m.uscc);
            expect(licence!.licence!.establishedOn).toBe(m.establishedOn);
        }
    });

    it('R-REG-8 some pending licences differ from the registration for review to catch', () => {
        const byId = new Map(merchants.map(m => [m.id, m]));
        const mismatched = documents.filter(d => {
            if (d.type !== 'business_licence') return false;
            const m = byId.get(d.merchantId)!;
            return d.licence!.registeredName !== m.nameZh || d.licence!.legalRepresentative !== m.legalRepresentative || d.licence!.residence !== m.address;
        });
        // Pending ones are for registration review to catch; other seed parts (change reports) may
        // leave an active merchant's licence out of date too, which R-REG-8 also covers.
        expect(mismatched.filter(d => PENDING.has(byId.get(d.merchantId)!.status)).length).toBeGreaterThan(0);
    });

    it('every document points at an existing merchant and existing files', () => {
        const merchantIds = new Set(merchants.map(m => m.id));
        const fileIds = new Set(files.map(f => f.id));
        for (const d of documents) {
            expect(merchantIds.has(d.merchantId)).toBe(true);
            for (const f of d.fileIds) expect(fileIds.has(f), f).toBe(true);
        }
        expect(new Set(files.map(f => f.id)).size).toBe(files.length);
    });

    it('seed file bytes are real PNG images and PDFs of the stated type', () => {
        const png = files.find(f => f.id.startsWith('file-lic-') && f.contentType === 'image/png')!;
        const pdfLicence = files.find(f => f.id.startsWith('file-lic-') && f.contentType === 'application/pdf')!;
        const cert = files.find(f => f.id.startsWith('file-cert-'))!;
        const image = seedBlob(png)!;
        expect([...image.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        const view = new DataView(image.buffer, image.byteOffset);
        expect(String.fromCharCode(...image.slice(12, 16))).toBe('IHDR');
        const width = view.getUint32(16);
        const height = view.getUint32(20);
        // The IDAT stream inflates to one filter byte plus RGB per pixel on every row.
        const idatLength = view.getUint32(33);
        expect(String.fromCharCode(...image.slice(37, 41))).toBe('IDAT');
        const raw = inflateSync(image.slice(41, 41 + idatLength));
        expect(raw.length).toBe(height * (1 + 3 * width));
        // Every chunk's CRC-32 (over type and data) is right, and the image ends with IEND.
        const types: string[] = [];
        for (let at = 8; at < image.length; ) {
            const length = view.getUint32(at);
            const body = image.slice(at + 4, at + 8 + length);
            types.push(String.fromCharCode(...body.slice(0, 4)));
            expect(view.getUint32(at + 8 + length)).toBe(crc32(body));
            at += 12 + length;
        }
        expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
        for (const file of [pdfLicence, cert]) {
            const text = new TextDecoder().decode(seedBlob(file)!);
            expect(text.startsWith('%PDF-1.')).toBe(true);
            expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
            // The xref offset points at the xref table.
            const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
            expect(text.slice(startxref, startxref + 4)).toBe('xref');
        }
        // Same id, same bytes.
        expect(seedBlob(png)).toEqual(image);
        expect(seedBlob({ ...png, id: 'not-a-seed-file' })).toBeNull();
    });
});
