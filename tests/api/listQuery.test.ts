// The list pipeline's fast path (mock/core/listQuery.ts, issue 8) must give exactly the answers
// of the plain pipeline: present every record, filter, stable sort, slice. Compared here over
// many filters and sorts on records with every kind of value the comparator meets.
import { describe, expect, it, vi } from 'vitest';
import { Ctx, type CacheEntry } from '../../mock/core/context';
import { Database, type AnyRecord } from '../../mock/core/db';
import { prepareDerivedColumns, queryAll, queryPage } from '../../mock/core/listQuery';
import { buildPredicate, sortRecords, type ListParams } from '../../mock/core/query';
import type { ResourceDefinition } from '../../mock/core/resource';
import { Random } from '../../mock/seed/random';

interface Row extends AnyRecord {
    name: string;
    nameZh: string;
    createdAt: string | null;
    day: string;
    amount: number | null;
    active: boolean;
    tags: string[];
    mixed: unknown;
    nested: { kind: string };
    status: string;
    label?: string;
}

const NAMES = ['alpha', 'Alpha', 'café', 'cafe\u0301', 'beta', 'Beta', 'gamma', 'ärger', 'Zeta', 'zeta', 'delta-1', 'delta 2', '10 items', '9 items', ''];
const ZH = ['华锐', '远航', '金桥', '恒通', '东方', '长城'];
const STATUSES = ['active', 'pending_review', 'suspended', 'closed'];

const makeRows = (n: number): Row[] => {
    const rnd = new Random(42);
    return Array.from({ length: n }, (_, i) => ({
        id: `r-${String(i + 1).padStart(4, '0')}`,
        name: rnd.pick(NAMES),
        nameZh: rnd.pick(ZH) + rnd.pick(ZH),
        createdAt: rnd.chance(0.1) ? null : new Date(Date.UTC(2026, rnd.int(0, 11), rnd.int(1, 28), rnd.int(0, 23), rnd.int(0, 59))).toISOString(),
        day: `2026-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
        amount: rnd.chance(0.1) ? null : rnd.int(-5, 50) * 100,
        active: rnd.chance(0.5),
        tags: rnd.sample(['a', 'b', 'c', 'd'], rnd.int(0, 2)),
        mixed: rnd.pick([1, 2, '1', 'x', null, '', true]),
        nested: { kind: rnd.pick(['k1', 'k2', 'k3']) },
        status: rnd.pick(STATUSES),
    }));
};

const setup = (n = 150) => {
    const db = new Database({ clockOffsetMs: 0, seedSize: 'small', seedVersion: 1, counters: {} });
    db.load('rows', makeRows(n));
    // Every seventh row is flagged: its derived status reads this other resource.
    db.load('flags', makeRows(n).filter((_, i) => i % 7 === 3).map(r => ({ id: r.id })));
    const cache = new Map<string, CacheEntry>();
    const ctx = new Ctx(db, new Request('http://mock/api/rows'), new URL('http://mock/api/rows'), null, undefined, cache);
    return { db, ctx };
};

/** The plain pipeline, written out as it was before the fast path. */
const reference = <T extends AnyRecord>(def: ResourceDefinition<T>, ctx: Ctx, filter: Record<string, unknown>, sort: ListParams['sort']): T[] => {
    const custom: Record<string, (record: T, value: unknown) => boolean> = {};
    for (const [k, fn] of Object.entries(def.filters ?? {})) custom[k] = (r, v) => fn(r, v, ctx);
    const predicate = buildPredicate<T>(filter, { searchFields: def.searchFields ?? [], custom });
    const records = ctx.db.all<T>(def.name);
    const viewed = def.present ? records.map(r => def.present!(r, ctx)) : records;
    return sortRecords(viewed.filter(predicate), sort);
};

// present() derives a suspended-looking status for some records and adds a label.
const presentRow = (r: Row): Row => ({ ...r, status: r.amount !== null && r.amount < 0 ? 'restricted' : r.status, label: `${r.name}/${r.nested.kind}` });

const plain: ResourceDefinition<Row> = { name: 'rows', searchFields: ['name', 'nameZh', 'tags', 'nested.kind'], filters: { positive: (r, v) => ((r.amount ?? 0) > 0) === (v === true) } };
const presented: ResourceDefinition<Row> = { ...plain, present: presentRow, derivedFields: ['status', 'label'] };
const presentedUndeclared: ResourceDefinition<Row> = { ...plain, present: presentRow };
// The status also reads another resource (as a merchant's reads penalties, R-PEN-10), and has a
// resolver: filters and sorts on it resolve only the status, per version of rows and flags.
const flaggedStatus = (r: Row, ctx: Ctx) => (ctx.db.get('flags', r.id) ? 'suspended' : presentRow(r).status);
const resolved: ResourceDefinition<Row> = {
    ...plain,
    present: (r, ctx) => ({ ...presentRow(r), status: flaggedStatus(r, ctx) }),
    derivedFields: ['status', 'label'],
    derivedResolvers: {
        status: {
            reads: ['flags'],
            value: flaggedStatus,
            // For a whole column: the flags read once.
            batch: ctx => {
                const flagged = new Set(ctx.db.all('flags').map(f => f.id));
                return r => (flagged.has(r.id) ? 'suspended' : presentRow(r).status);
            },
            // A flag written changes the status of the row it names (before and after the write).
            affected: (_resource, changes) => changes.flatMap(c => [c.before?.id, c.after?.id].filter((id): id is string => !!id)),
        },
    },
};
// The same without `affected`: a write to flags resolves every status again.
const resolvedRebuilt: ResourceDefinition<Row> = {
    ...resolved,
    derivedResolvers: { status: { reads: ['flags'], value: flaggedStatus } },
};

const FILTERS: Array<Record<string, unknown>> = [
    {},
    { status: 'active' },
    { status: ['suspended', 'restricted'] },
    { q: 'alpha' },
    { q: 'ALPHA k2' },
    { q: '华锐' },
    { name_q: 'ta' },
    { createdAt_gte: '2026-06-01', createdAt_lte: '2026-09-30' },
    { amount_gte: 0, amount_lte: 2000 },
    { active: true },
    { tags: 'a' },
    { 'nested.kind': 'k3' },
    { mixed: '1' },
    { positive: true },
    { label: 'alpha/k1' },
    { status: 'active', q: 'eta', active: false },
];
const SORTS: ListParams['sort'][] = [
    null,
    ...(['id', 'name', 'nameZh', 'createdAt', 'day', 'amount', 'active', 'tags', 'mixed', 'nested.kind', 'status', 'label'] as const).flatMap(field =>
        (['ASC', 'DESC'] as const).map(order => ({ field, order })),
    ),
];
const ids = (rows: AnyRecord[]) => rows.map(r => r.id);

describe('list query fast path (issue 8) gives the plain pipeline’s answers', () => {
    for (const def of [plain, presented, presentedUndeclared, resolved]) {
        const kind =
            def === plain
                ? 'without present()'
                : def === presented
                  ? 'with present() and derivedFields'
                  : def === presentedUndeclared
                    ? 'with present() and no derivedFields'
                    : 'with a resolver for the derived status (filters and sorts on it skip present())';
        it(`same rows, order and totals for every filter × sort, ${kind}`, () => {
            const { ctx } = setup();
            for (const filter of FILTERS) {
                for (const sort of SORTS) {
                    const expected = reference(def, ctx, filter, sort);
                    // Twice: the second answer comes from the per-version caches.
                    for (let pass = 0; pass < 2; pass++) {
                        expect(ids(queryAll(def, ctx, filter, sort)), `${JSON.stringify(filter)} ${JSON.stringify(sort)}`).toEqual(ids(expected));
                        const page = queryPage(def, ctx, filter, sort, [5, 29]);
                        expect(page.total).toBe(expected.length);
                        expect(page.rows).toEqual(expected.slice(5, 30));
                    }
                }
            }
        }, 120_000); // 1,200 queries checked against the reference: slow on a loaded machine, not a timing assertion
    }

    it('sees a record written earlier in the same transaction (no stale cache inside a write)', async () => {
        const { db, ctx } = setup(50);
        const sort = { field: 'name', order: 'ASC' as const };
        expect(queryPage(plain, ctx, {}, sort, [0, 0]).total).toBe(50);
        await db.transaction(() => {
            db.put('rows', { ...makeRows(1)[0], id: 'r-new', name: '0 first' });
            const page = queryPage(plain, ctx, {}, sort, [0, 0]);
            expect(page.total).toBe(51);
            expect(page.rows[0].id).toBe('r-new');
            expect(ids(queryAll(plain, ctx, {}, sort))).toEqual(ids(reference(plain, ctx, {}, sort)));
        });
    });

    it('sees a committed write on the next query (caches are per data version)', async () => {
        const { db, ctx } = setup(50);
        const sort = { field: 'createdAt', order: 'DESC' as const };
        queryPage(plain, ctx, { q: 'alpha' }, sort, [0, 9]);
        await db.transaction(() => db.put('rows', { ...makeRows(1)[0], id: 'r-late', name: 'alpha', createdAt: '2027-01-01T00:00:00.000Z' }));
        db.dirty.clear(); // the server persists after each write, which clears the dirty marks
        const page = queryPage(plain, ctx, { q: 'alpha' }, sort, [0, 0]);
        expect(page.rows[0].id).toBe('r-late');
        expect(page.total).toBe(reference(plain, ctx, { q: 'alpha' }, sort).length);
    });

    it('prepareDerivedColumns builds the derived status column a status filter then reuses, with the same answers', () => {
        const { ctx } = setup(120);
        let resolvedRecords = 0;
        const batch = (c: Ctx) => {
            const one = resolved.derivedResolvers!.status.batch!(c);
            return (r: Row) => (resolvedRecords++, one(r));
        };
        const counted: ResourceDefinition<Row> = { ...resolved, derivedResolvers: { status: { ...resolved.derivedResolvers!.status, batch } } };
        prepareDerivedColumns(counted, ctx);
        expect(resolvedRecords).toBe(120); // every row's status, once
        prepareDerivedColumns(counted, ctx); // already built for the data as it is
        expect(resolvedRecords).toBe(120);
        const sort = { field: 'createdAt', order: 'DESC' as const };
        for (const filter of [{ status: 'suspended' }, { status: ['active', 'restricted'] }]) {
            expect(ids(queryAll(counted, ctx, filter, sort))).toEqual(ids(reference(counted, ctx, filter, sort)));
        }
        // The queries resolved one sample row each (their check of the resolver), not the column.
        expect(resolvedRecords).toBe(122);
    });

    it('falls back to presenting every record, and says so, when derivedFields misses a field present() changes', () => {
        const { ctx } = setup(100);
        const incomplete: ResourceDefinition<Row> = { ...plain, present: r => ({ ...presentRow(r), name: r.name.toUpperCase() }), derivedFields: ['status', 'label'] };
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const sort = { field: 'name', order: 'ASC' as const };
        expect(ids(queryPage(incomplete, ctx, { name_q: 'ALPHA' }, sort, [0, 99]).rows)).toEqual(ids(reference(incomplete, ctx, { name_q: 'ALPHA' }, sort)));
        expect(error).toHaveBeenCalledWith(expect.stringContaining('derivedFields does not list it'));
        error.mockRestore();
    });

    it('falls back to presenting every record, and says so, when a resolver does not give what present() gives', () => {
        const { ctx } = setup(100);
        const wrong: ResourceDefinition<Row> = { ...resolved, derivedResolvers: { status: { reads: ['flags'], value: r => `${r.status}?` } } };
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const sort = { field: 'status', order: 'ASC' as const };
        expect(ids(queryAll(wrong, ctx, { status: 'suspended' }, sort))).toEqual(ids(reference(wrong, ctx, { status: 'suspended' }, sort)));
        expect(error).toHaveBeenCalledWith(expect.stringContaining('derivedResolvers.status does not give what present() gives'));
        error.mockClear();
        const wrongBatch: ResourceDefinition<Row> = { ...resolved, derivedResolvers: { status: { ...resolved.derivedResolvers!.status, batch: () => r => `${r.status}?` } } };
        expect(ids(queryAll(wrongBatch, ctx, { status: 'suspended' }, sort))).toEqual(ids(reference(wrongBatch, ctx, { status: 'suspended' }, sort)));
        expect(error).toHaveBeenCalledWith(expect.stringContaining('derivedResolvers.status does not give what present() gives'));
        error.mockRestore();
    });
});

/** Every filter × sort against the reference, twice (the second from the caches just made or patched). */
const expectSameAnswers = (defs: ResourceDefinition<Row>[], ctx: Ctx, when: string) => {
    for (const def of defs)
        for (const filter of FILTERS)
            for (const sort of SORTS) {
                const expected = reference(def, ctx, filter, sort);
                for (let pass = 0; pass < 2; pass++) {
                    const page = queryPage(def, ctx, filter, sort, [0, 9]);
                    expect(page.total, `${when}: ${JSON.stringify(filter)} ${JSON.stringify(sort)}`).toBe(expected.length);
                    expect(ids(page.rows), `${when}: ${JSON.stringify(filter)} ${JSON.stringify(sort)}`).toEqual(ids(expected.slice(0, 10)));
                }
            }
};

/**
 * Four queries per definition, few enough that their filtered results stay cached (listQuery
 * keeps the 16 most recent) from before a write to after it, so the write patches them.
 */
const HOT: Array<[Record<string, unknown>, ListParams['sort']]> = [
    [{ status: 'active' }, { field: 'name', order: 'ASC' }],
    [{ status: ['suspended', 'restricted', 'closed'] }, { field: 'amount', order: 'DESC' }],
    [{ q: 'alpha' }, { field: 'createdAt', order: 'DESC' }],
    [{ active: true }, { field: 'status', order: 'ASC' }],
];
const expectSameHot = (defs: ResourceDefinition<Row>[], ctx: Ctx, when: string) => {
    for (const def of defs)
        for (const [filter, sort] of HOT) {
            const expected = reference(def, ctx, filter, sort);
            const page = queryPage(def, ctx, filter, sort, [0, 29]);
            expect(page.total, `${when}: ${JSON.stringify(filter)} ${JSON.stringify(sort)}`).toBe(expected.length);
            expect(ids(page.rows), `${when}: ${JSON.stringify(filter)} ${JSON.stringify(sort)}`).toEqual(ids(expected.slice(0, 30)));
        }
};

describe('list query sort on same-shape digit keys (issue 8: compared as numbers)', () => {
    interface Stamped extends AnyRecord {
        at: string | null;
        code: string;
        long: string;
    }
    const stamped: ResourceDefinition<Stamped> = { name: 'stamped', searchFields: [] };
    const rowsOf = (n: number): Stamped[] => {
        const rnd = new Random(7);
        const base = Date.UTC(2026, 10, 20, 9, 0, 0);
        return Array.from({ length: n }, (_, i) => ({
            id: `s-${String(i + 1).padStart(4, '0')}`,
            // Millisecond instants that often agree in their first 15 digits and differ after them.
            at: rnd.chance(0.1) ? null : rnd.chance(0.1) ? '' : new Date(base + rnd.int(0, 3) * 1000 + rnd.int(0, 120)).toISOString(),
            code: `${String(rnd.int(0, 99)).padStart(2, '0')}/${String(rnd.int(0, 9))}`,
            // 32 digits: more than two doubles hold exactly, sorted another way.
            long: Array.from({ length: 32 }, (_, k) => (k < 28 ? '1' : String(rnd.int(0, 9)))).join(''),
        }));
    };

    it('orders millisecond instants, short codes and 32-digit keys as the plain comparator does, ties and empty keys included', () => {
        const db = new Database({ clockOffsetMs: 0, seedSize: 'small', seedVersion: 1, counters: {} });
        const rows = rowsOf(400);
        db.load('stamped', rows);
        const ctx = new Ctx(db, new Request('http://mock/api/stamped'), new URL('http://mock/api/stamped'), null, undefined, new Map());
        const ats = rows.map(r => r.at).filter((a): a is string => !!a);
        expect(new Set(ats.map(a => a.slice(0, 19))).size).toBeLessThan(ats.length / 10); // most differ only in their milliseconds
        for (const field of ['at', 'code', 'long'])
            for (const order of ['ASC', 'DESC'] as const) {
                const sort = { field, order };
                expect(ids(queryAll(stamped, ctx, {}, sort)), `${field} ${order}`).toEqual(ids(reference(stamped, ctx, {}, sort)));
            }
    });
});

describe('list query caches after writes (issue 8: kept per resource, patched after a write to it)', () => {
    const defs = [plain, presented, resolved, resolvedRebuilt];
    /** The hot queries (patched caches), every filter × sort, then the hot queries again (cached for the next write). */
    const check = (ctx: Ctx, when: string) => {
        expectSameHot(defs, ctx, when);
        expectSameAnswers(defs, ctx, when);
        expectSameHot(defs, ctx, when);
    };
    /** A committed write, then what the server does after persisting it. */
    const commit = async (db: Database, fn: () => void) => {
        await db.transaction(fn);
        db.dirty.clear();
    };

    it('a write to another resource, then to the list’s own resource, then to what a derived field reads: the lists show each change', async () => {
        const { db, ctx } = setup(100);
        check(ctx, 'before any write');

        // Every write appends an audit entry: the rows' caches stay, the answers stay right.
        await commit(db, () => db.put('audit-log', { id: 'AUD-1' }));
        check(ctx, 'after a write to another resource');

        const row = (id: string) => db.get<Row>('rows', id)!;
        await commit(db, () => db.put('rows', { ...row('r-0005'), name: 'aardvark', nameZh: '阿', createdAt: '2030-01-01T00:00:00.000Z', amount: 9_999 }));
        check(ctx, 'after renaming one row');

        // Derived status changes both ways: an active row becomes restricted (negative amount), a
        // pending one closed; other fields become empty or tie with another row.
        const shown = (id: string) => resolved.present!(row(id), ctx).status;
        const wasActive = db.all<Row>('rows').find(r => r.id > 'r-0005' && shown(r.id) === 'active')!;
        const wasPending = db.all<Row>('rows').find(r => r.id > 'r-0005' && shown(r.id) === 'pending_review')!;
        await commit(db, () => {
            db.put('rows', { ...wasActive, amount: -300, active: !wasActive.active, tags: ['d'] });
            db.put('rows', { ...wasPending, status: 'closed', amount: 100 });
            db.put('rows', { ...row('r-0011'), name: '', createdAt: null, day: '2026-01-01', nested: { kind: 'k1' } });
            db.put('rows', { ...row('r-0012'), name: row('r-0013').name, amount: row('r-0013').amount }); // ties with another row
        });
        expect([shown(wasActive.id), shown(wasPending.id)]).toEqual(['restricted', 'closed']);
        expect(db.changedSince('rows', 0)).toEqual(new Set(['r-0005', wasActive.id, wasPending.id, 'r-0011', 'r-0012']));
        check(ctx, 'after changing status, empties and ties');

        await commit(db, () => db.put('rows', { ...makeRows(1)[0], id: 'r-new', name: 'alpha', status: 'active', amount: 100 }));
        check(ctx, 'after adding a row');

        await commit(db, () => db.remove('rows', 'r-0020'));
        check(ctx, 'after deleting a row');

        // The derived status reads flags: flagging and unflagging rows changes status answers.
        await commit(db, () => {
            db.put('flags', { id: 'r-0030' });
            db.remove('flags', 'r-0004');
        });
        check(ctx, 'after a write to the resource the derived status reads');

        // A key of another kind (text among numbers): the presorted order cannot be patched.
        await commit(db, () => db.put('rows', { ...row('r-0031'), amount: 'lots' as unknown as number }));
        check(ctx, 'after a key of another kind');
    }, 120_000); // many queries checked against the reference: slow on a loaded machine, not a timing assertion

    it('a rolled-back write, a record changed in place with a manual version bump, and a write too large to patch leave no stale answer', async () => {
        const { db, ctx } = setup(300);
        const some = (def: ResourceDefinition<Row>, when: string) => {
            for (const [filter, sort] of [
                [{ status: 'suspended' }, { field: 'name', order: 'ASC' }],
                [{ q: 'alpha' }, { field: 'createdAt', order: 'DESC' }],
                [{}, { field: 'amount', order: 'ASC' }],
                [{ active: true }, { field: 'status', order: 'DESC' }],
            ] as Array<[Record<string, unknown>, ListParams['sort']]>) {
                const expected = reference(def, ctx, filter, sort);
                const page = queryPage(def, ctx, filter, sort, [0, 19]);
                expect(page.total, `${when}: ${JSON.stringify(filter)}`).toBe(expected.length);
                expect(ids(page.rows), `${when}: ${JSON.stringify(filter)}`).toEqual(ids(expected.slice(0, 20)));
            }
        };
        for (const def of defs) some(def, 'before');
        await expect(
            db.transaction(() => {
                db.put('rows', { ...db.get<Row>('rows', 'r-0001')!, name: '000', status: 'suspended' });
                db.put('flags', { id: 'r-0002' });
                throw new Error('refused');
            }),
        ).rejects.toThrow('refused');
        db.dirty.clear();
        for (const def of defs) some(def, 'after a rollback');

        // Tests (and only tests) change a record in place and bump the version by hand.
        const inPlace = db.get<Row>('rows', 'r-0003')!;
        inPlace.name = 'alpha';
        inPlace.status = 'suspended';
        db.version++;
        for (const def of defs) some(def, 'after an in-place change and a manual version bump');

        await commit(db, () => {
            for (const r of db.all<Row>('rows')) db.put('rows', { ...r, name: r.name.toUpperCase(), amount: r.amount === null ? null : -r.amount });
        });
        expect(db.changedSince('rows', 0)?.size).toBe(300);
        for (const def of defs) some(def, 'after a write to every row');
    }, 60_000);
});

