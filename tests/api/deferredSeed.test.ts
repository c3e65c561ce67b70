// Issue 8: seed parts the first pages do not read (the merchants' documents, complaints with
// their evidence and files, the ledger, the deposit deduction notices) are generated on first use. Nobody may see the difference: the
// data is the same as generated up front, a part is complete before anyone reads or writes it,
// and ids allocated later never collide with a part generated afterwards.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildMockApi } from '../../mock/api';
import { Database, type SeedSize } from '../../mock/core/db';
import { MemoryPersistence } from '../../mock/core/persistence';
import { SEED_VERSION, seedDatabase } from '../../mock/seed';
import { Ctx } from '../../mock/core/context';
import { noticesAbout } from '../../mock/services/notices';
import type { Notice } from '../../src/domain';

const seeded = (seedSize: SeedSize = 'small') => {
    const db = new Database({ clockOffsetMs: 0, seedSize, seedVersion: SEED_VERSION, counters: {} });
    seedDatabase(db);
    return db;
};

/** Every record of every resource, in storage order, plus the id counters. */
const fingerprint = (db: Database) => {
    const hash = createHash('sha256');
    for (const resource of db.resources().sort()) for (const record of db.all(resource)) hash.update(`${resource}\n${JSON.stringify(record)}\n`);
    hash.update(JSON.stringify(Object.entries(db.meta.counters).sort()));
    return hash.digest('hex');
};

/** The short hash bench/tmp-style scripts print: every resource's name and records, then the counters. */
const pinOf = (db: Database) => {
    const hash = createHash('sha256');
    for (const resource of db.resources().sort()) {
        hash.update(resource);
        for (const record of db.all(resource)) hash.update(JSON.stringify(record));
    }
    hash.update(JSON.stringify(Object.entries(db.meta.counters).sort()));
    return hash.digest('hex').slice(0, 16);
};

/** A fresh mock API with an operator (the supervisor unless told) signed in, and a GET and a POST through it. */
const signedInApi = async (seedSize: SeedSize, username = 'chen.jing') => {
    const api = buildMockApi(new MemoryPersistence(), seedSize);
    await api.ready;
    const login = await api.handle(new Request('http://localhost/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) }));
    const { token } = await login.json();
    const get = (path: string) => api.handle(new Request(`http://localhost/api${path}`, { headers: { Authorization: `Bearer ${token}` } }));
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
        api.handle(new Request(`http://localhost/api${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));
    return { api, get, post };
};

/** Every deposit account of the seed with its ledger as the API lists it (newest first, with balanceAfter). */
const accountsAndLedgers = async (api: { db: Database }, get: (path: string) => Promise<Response>) => {
    const out: Record<string, unknown> = {};
    for (const m of api.db.all<{ id: string }>('merchants')) {
        const accounts = (await (await get(`/deposit-accounts?filter=${JSON.stringify({ merchantId: m.id })}`)).json()) as Array<{ id: string }>;
        for (const a of accounts) {
            const ledger = await get(`/ledger-entries?filter=${JSON.stringify({ accountId: a.id })}&sort=["id","DESC"]&range=[0,999]`);
            expect(ledger.status).toBe(200);
            out[a.id] = { account: a, one: await (await get(`/deposit-accounts/${a.id}`)).json(), ledger: await ledger.json() };
        }
    }
    return out;
};

describe('deferred seed parts (Database.defer)', () => {
    it('documents, complaints, evidence, files, the ledger and notices wait until first use', () => {
        const db = seeded();
        const parts = ['documents', 'complaints', 'evidence', 'files', 'ledger-entries', 'notices'];
        expect(parts.filter(r => db.isDeferred(r))).toEqual(parts);
        expect(db.isDeferred('merchants')).toBe(false);
        expect(db.isDeferred('deposit-accounts')).toBe(false);
    });

    it('generated on use, in any order, the data is the same as generated at once', () => {
        const atOnce = seeded();
        atOnce.generateAllDeferred();
        const onUse = seeded();
        // Read in a different order than the seed's own.
        expect(onUse.all('notices').length).toBeGreaterThan(0);
        expect(onUse.get('files', 'file-lic-1')).toBeDefined();
        expect(onUse.all('evidence').length).toBeGreaterThan(0);
        expect(fingerprint(onUse)).toBe(fingerprint(atOnce));
    });

    it('a part is complete before the first write to it', () => {
        const db = seeded();
        const complaintsBefore = seeded();
        complaintsBefore.generateAllDeferred();
        const expected = complaintsBefore.all('complaints').length;
        db.put('complaints', { id: 'cmp-new' });
        expect(db.all('complaints')).toHaveLength(expected + 1);
        expect(db.isDeferred('evidence')).toBe(false);
    });

    it('a new id never takes one of a part generated later: nextId generates every deferred part first, but the documents, the files, the ledger and the notices, which no counter depends on', () => {
        const db = seeded();
        const id = db.nextId('cmp');
        expect(db.get('complaints', id)).toBeUndefined();
        expect(db.all('complaints').map(c => c.id)).not.toContain(id);
        expect(db.resources().filter(r => db.isDeferred(r)).sort()).toEqual(['documents', 'files', 'ledger-entries', 'notices']);

        const entries = db.meta.counters.LE;
        const entryId = db.nextId('LE');
        expect(db.isDeferred('ledger-entries')).toBe(true);
        expect(db.all('ledger-entries')).toHaveLength(entries);
        expect(db.all<{ id: string }>('ledger-entries').map(e => e.id)).not.toContain(entryId);
        expect(entryId).toBe(`LE-${String(entries + 1).padStart(6, '0')}`);
    });

    it('the idle worker builds every part ahead but the documents, the files, the ledger and the notices, which their first use builds', () => {
        const db = seeded();
        while (db.generateNextDeferred());
        expect(db.resources().filter(r => db.isDeferred(r)).sort()).toEqual(['documents', 'files', 'ledger-entries', 'notices']);
        expect(db.nextId('NTC')).toBe('NTC-000001');
        expect(db.isDeferred('notices')).toBe(true);
        expect(db.all<{ id: string }>('notices')[0].id).toBe('NTC-DEP-000001');
        expect(db.all('ledger-entries')).toHaveLength(db.meta.counters.LE);
        expect(db.isDeferred('ledger-entries')).toBe(false);
        expect(db.all('documents').length).toBeGreaterThan(db.all('merchants').length);
        expect(db.isDeferred('documents')).toBe(false);
    });

    it('a part generated inside a write that fails stays, and so do its id counters', async () => {
        const db = seeded();
        await expect(
            db.transaction(() => {
                db.all('complaints');
                throw new Error('refused');
            }),
        ).rejects.toThrow('refused');
        const complaints = db.all('complaints');
        expect(complaints.length).toBeGreaterThan(0);
        const next = db.nextId('cmp');
        expect(complaints.map(c => c.id)).not.toContain(next);
    });

    it('the parts are generated from the seeded merchants, not from what operators changed since', async () => {
        const reference = seeded();
        reference.generateAllDeferred();
        const { api, get } = await signedInApi('small');
        // A merchant's seeded status changes before complaints exist (R-PEN-10 aside, the
        // stored base status: closing a merchant is an ordinary write).
        const target = reference.all<{ id: string; status: string; merchantId: string }>('complaints')[0].merchantId;
        api.db.put('merchants', { ...api.db.get<Record<string, unknown>>('merchants', target)!, id: target, status: 'closed' });
        const response = await get('/complaints?range=[0,9999]');
        const complaints = (await response.json()) as Array<{ id: string }>;
        expect(complaints.map(c => c.id).sort()).toEqual(reference.all('complaints').map(c => c.id).sort());
    });

    it('R-REG-11 the merchant list and every merchant’s page and documents tab show the licence and documents without generating them, and the same once they are', async () => {
        const { api, get } = await signedInApi('default');
        const expiries = async () => {
            const all: Array<{ id: string; licenceExpiresOn: string | null }> = [];
            for (let start = 0; start < api.db.all('merchants').length; start += 500) {
                const response = await get(`/merchants?range=[${start},${start + 499}]&sort=["id","ASC"]`);
                expect(response.status).toBe(200);
                all.push(...((await response.json()) as typeof all));
            }
            return Object.fromEntries(all.map(m => [m.id, m.licenceExpiresOn]));
        };
        const pages = async () => {
            const out: Record<string, unknown> = {};
            for (const m of api.db.all<{ id: string }>('merchants')) {
                const json = async (path: string) => (await get(`/merchants/${m.id}${path}`)).json();
                const documents = await get(`/documents?filter=${JSON.stringify({ merchantId: m.id })}&sort=["id","ASC"]`);
                expect(documents.status).toBe(200);
                out[m.id] = { merchant: await json(''), checks: await json('/checks'), documents: await documents.json(), range: documents.headers.get('Content-Range') };
            }
            return out;
        };
        const fromSeed = await expiries();
        const pagesFromSeed = await pages();
        expect(api.db.isDeferred('documents')).toBe(true);
        // The checks compare the licence with the registration (R-REG-8) and need the documents.
        const checks = Object.values(pagesFromSeed).flatMap(p => (p as { checks: Array<{ id: string; status: string }> }).checks);
        expect(checks.length).toBeGreaterThan(1000);
        expect(new Set(checks.map(c => c.status)).size).toBeGreaterThan(1);
        const dates = Object.values(fromSeed).filter((d): d is string => d !== null);
        expect(dates.length).toBeGreaterThan(100);
        expect(dates.some(d => d < '2026-11-20')).toBe(true); // the review cases' expired licences

        expect(api.db.all('documents').length).toBeGreaterThan(Object.keys(fromSeed).length);
        api.db.version = api.db.version + 1; // drops the presented merchants kept per data version
        expect(await expiries()).toEqual(fromSeed);
        expect(await pages()).toEqual(pagesFromSeed);
    });

    it('R-DEP-12 the merchant list, the deposit accounts and each account’s ledger read the seed’s ledger one account at a time, and answer the same once it is made whole', async () => {
        const { api, get } = await signedInApi('default');
        const list = await get('/merchants?range=[0,499]&sort=["id","ASC"]');
        expect(list.status).toBe(200);
        const merchants = await list.json();
        const fromSeed = await accountsAndLedgers(api, get);
        expect(api.db.isDeferred('ledger-entries')).toBe(true);
        const ledgers = Object.values(fromSeed).map(v => (v as { ledger: Array<{ balanceAfter: number }> }).ledger);
        expect(ledgers.length).toBeGreaterThan(1000);
        expect(ledgers.reduce((n, l) => n + l.length, 0)).toBe(api.db.meta.counters.LE);
        expect(ledgers.every(l => l.every(e => Number.isInteger(e.balanceAfter)))).toBe(true);

        expect(api.db.all('ledger-entries')).toHaveLength(api.db.meta.counters.LE);
        api.db.version = api.db.version + 1; // drops what was kept per data version
        expect(await (await get('/merchants?range=[0,499]&sort=["id","ASC"]')).json()).toEqual(merchants);
        expect(await accountsAndLedgers(api, get)).toEqual(fromSeed);
    });

    it('R-CMP-7 the complaint list and every complaint’s page and timeline leave the seed’s ledger and notices unmade, and answer the same once they are made', async () => {
        const { api, get } = await signedInApi('small');
        const complaints = async () => {
            const list = await get('/complaints?range=[0,9999]&sort=["id","ASC"]');
            expect(list.status).toBe(200);
            const rows = (await list.json()) as Array<{ id: string }>;
            const pages = await Promise.all(rows.map(async c => [await (await get(`/complaints/${c.id}`)).json(), await (await get(`/complaints/${c.id}/timeline`)).json()]));
            return { rows, pages };
        };
        const fromColumns = await complaints();
        expect(fromColumns.rows.length).toBeGreaterThan(10);
        expect(api.db.isDeferred('ledger-entries')).toBe(true);
        expect(api.db.isDeferred('notices')).toBe(true);

        expect(api.db.all('ledger-entries')).toHaveLength(api.db.meta.counters.LE);
        expect(api.db.all('notices').length).toBeGreaterThan(0);
        api.db.version = api.db.version + 1;
        expect(await complaints()).toEqual(fromColumns);
    });

    it('R-DEP-1 the dashboard’s deposits held and deductions per month are summed from the seed’s ledger without making it, and are the same once it is made', async () => {
        const { api, get } = await signedInApi('small');
        const stats = async () => {
            const response = await get('/stats/dashboard');
            expect(response.status).toBe(200);
            const { depositsHeld, deductionsPerMonth } = await response.json();
            return { depositsHeld, deductionsPerMonth };
        };
        const fromColumns = await stats();
        expect(api.db.isDeferred('ledger-entries')).toBe(true);
        expect(fromColumns.depositsHeld.some((d: { amount: number }) => d.amount > 0)).toBe(true);
        expect(fromColumns.deductionsPerMonth.some((m: { CNY: number; USD: number }) => m.CNY + m.USD > 0)).toBe(true);

        const entries = api.db.all<{ currency: 'CNY' | 'USD'; direction: string; amount: number }>('ledger-entries');
        const held = { CNY: 0, USD: 0 };
        for (const e of entries) held[e.currency] += e.direction === 'credit' ? e.amount : -e.amount;
        expect(fromColumns.depositsHeld).toEqual([{ currency: 'CNY', amount: held.CNY }, { currency: 'USD', amount: held.USD }]);
        api.db.version = api.db.version + 1;
        expect(await stats()).toEqual(fromColumns);
    });

    it('R-DEP-4 every merchant’s notices tab reads its deduction notices from the seed’s ledger without making the notices, and answers the same once they are made', async () => {
        const { api, get } = await signedInApi('default');
        const tabs = async () => {
            const out: Record<string, unknown> = {};
            for (const m of api.db.all<{ id: string }>('merchants')) {
                // The tab's own query (newest first, 10 a page), and every notice in storage order.
                const page = await get(`/notices?filter=${JSON.stringify({ merchantId: m.id })}&sort=["sentAt","DESC"]&range=[0,9]`);
                const all = await get(`/notices?filter=${JSON.stringify({ merchantId: m.id })}&sort=["id","ASC"]&range=[0,999]`);
                expect(page.status).toBe(200);
                out[m.id] = { page: await page.json(), range: page.headers.get('Content-Range'), all: await all.json() };
            }
            return out;
        };
        const fromSeed = await tabs();
        expect(api.db.isDeferred('notices')).toBe(true);
        const notices = Object.values(fromSeed).flatMap(t => (t as { all: Array<{ id: string; kind: string; recordId: string }> }).all);
        expect(notices.length).toBeGreaterThan(1000);
        expect(notices.every(n => n.kind === 'deposit_deduction' && n.recordId.startsWith('LE-'))).toBe(true);

        expect(api.db.all('notices')).toHaveLength(notices.length);
        expect(new Set(notices.map(n => n.id))).toEqual(new Set(api.db.all<{ id: string }>('notices').map(n => n.id)));
        api.db.version = api.db.version + 1;
        expect(await tabs()).toEqual(fromSeed);
    });

    it('R-NOT-1 the notices about a record read from the seed are the ones the generated notices hold about it', () => {
        const db = seeded('small');
        const ctx = new Ctx(db, new Request('http://mock/test'), new URL('http://mock/test'), null, undefined, new Map());
        const entries = db.meta.counters.LE;
        const ids = [...Array.from({ length: entries }, (_, i) => `LE-${String(i + 1).padStart(6, '0')}`), 'LE-0000001', 'LE-999999', 'cmp-000001'];
        const fromSeed = ids.map(id => noticesAbout(ctx, 'ledger-entries', id));
        const complaint = noticesAbout(ctx, 'complaints', 'cmp-000001');
        expect(db.isDeferred('notices')).toBe(true);
        expect(fromSeed.filter(n => n.length === 2).length).toBeGreaterThan(10);

        const all = db.all<Notice>('notices');
        expect(fromSeed).toEqual(ids.map(id => all.filter(n => n.resource === 'ledger-entries' && n.recordId === id)));
        expect(complaint).toEqual([]);
        expect(noticesAbout(ctx, 'complaints', 'cmp-000001')).toEqual([]);
    });

    it('R-DEP-12 an entry posted after the seed’s ledger was read one account at a time joins that account’s ledger', async () => {
        const { api, get, post } = await signedInApi('small', 'zhang.wei');
        const account = api.db.all<{ id: string; status: string; currency: string }>('deposit-accounts').find(a => a.status === 'open')!;
        const ledgerOf = async () => (await (await get(`/ledger-entries?filter=${JSON.stringify({ accountId: account.id })}&sort=["id","DESC"]&range=[0,999]`)).json()) as Array<{ id: string; amount: number; balanceAfter: number }>;
        const before = await ledgerOf();
        expect(before.length).toBeGreaterThan(0);
        expect(api.db.isDeferred('ledger-entries')).toBe(true);

        const posted = await post('/ledger-entries', { accountId: account.id, type: 'top_up', amount: 12_345, note: 'Top-up received' }, { 'Idempotency-Key': 'deferred-ledger-test' });
        expect(posted.status).toBe(201);
        const after = await ledgerOf();
        expect(after).toHaveLength(before.length + 1);
        expect(after.slice(1)).toEqual(before);
        expect(after[0]).toMatchObject({ amount: 12_345, balanceAfter: before[0].balanceAfter + 12_345 });
        expect(api.db.all('ledger-entries')).toHaveLength(api.db.meta.counters.LE);
    });

    it('a file read by id, a getMany or a write naming files reads the seed’s file records without generating them, and answers the same once they are', async () => {
        const reference = seeded('small');
        const files = reference.all<{ id: string }>('files').map(f => f.id);
        const { api, get, post } = await signedInApi('small', 'wang.fang');
        const byId = async () => {
            const out: Record<string, unknown> = {};
            for (const id of files) {
                const meta = await get(`/files/${id}/meta`);
                const bytes = await get(`/files/${id}`);
                expect(meta.status).toBe(200);
                out[id] = { meta: await meta.json(), type: bytes.headers.get('Content-Type'), size: (await bytes.arrayBuffer()).byteLength };
            }
            // A getMany names its ids in any order; the answer keeps the collection's order.
            const shuffled = [...files].reverse().filter((_, k) => k % 3 === 0);
            const many = await get(`/files?filter=${JSON.stringify({ id: [...shuffled, 'file-lic-999999', 'file-cert-1-copy'] })}`);
            out.many = { body: await many.json(), range: many.headers.get('Content-Range') };
            return out;
        };
        const fromSeed = await byId();
        expect(api.db.isDeferred('files')).toBe(true);
        expect((await get('/files/file-lic-999999/meta')).status).toBe(404);
        expect((await get('/files/file-ev-999999')).status).toBe(404);
        // A write that names files checks them against the seed too (R-CMP-4).
        const complaint = reference.all<{ id: string; status: string }>('complaints').find(c => c.status === 'awaiting_response')!;
        const evidence = (fileIds: string[]) => post('/evidence', { complaintId: complaint.id, party: 'complainant', description: 'Photos of the parcel as delivered', fileIds });
        const refused = await evidence(['file-ev-1', 'file-ev-999999']);
        expect(refused.status).toBe(422);
        expect((await refused.json()).errors.fileIds).toMatch(/does not exist/);
        expect((await evidence(['file-ev-1', 'file-lic-2'])).status).toBe(201);
        expect(api.db.isDeferred('files')).toBe(true);

        expect(api.db.all<{ id: string }>('files').map(f => f.id)).toEqual(files);
        expect(api.db.isDeferred('files')).toBe(false);
        expect(await byId()).toEqual(fromSeed);
    });

    it('the file records are generated whole in the seed’s order: the merchants’ licences and certificates first, then the complaints’ evidence', () => {
        const db = seeded('small');
        const files = db.all<{ id: string }>('files').map(f => f.id);
        expect(files[0]).toBe('file-lic-1');
        expect(files.findIndex(id => id.startsWith('file-ev-'))).toBeGreaterThan(files.findLastIndex(id => /^file-(lic|cert)-/.test(id)));
        expect(db.all('complaints').length).toBeGreaterThan(0);
    });
});

describe('the seed’s bytes', () => {
    // Pinned on purpose: the seed is generated in parts, on use, from captured values (issue 8),
    // and every such change must leave the data exactly as it was. A deliberate change to the
    // seed bumps SEED_VERSION and these pins together.
    it.each([
        ['small', 'd20396a612ebec37'],
        ['default', '7daadca139cbca0e'],
    ] as const)('the %s seed, every part generated, is byte for byte the pinned one', (size, pin) => {
        const db = seeded(size);
        db.generateAllDeferred();
        expect(pinOf(db)).toBe(pin);
    });
});
