// The list pipeline's fast path (mock/core/listQuery.ts, issue 8) must give exactly the answers
// of the plain pipeline: present every record, filter, stable sort, slice. Compared here over
// many filters and sorts on records with every kind of value the comparator meets.
import { describe, expect, it, vi } from 'vitest';
import { Ctx } from '../../mock/core/context';
import { Database, type AnyRecord } from '../../mock/core/db';
import { queryAll, queryPage } from '../../mock/core/listQuery';
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
    const cache = new Map<string, { version: number; value: unknown }>();
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
    for (const def of [plain, presented, presentedUndeclared]) {
        const kind = def === plain ? 'without present()' : def === presented ? 'with present() and derivedFields' : 'with present() and no derivedFields';
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

    it('falls back to presenting every record, and says so, when derivedFields misses a field present() changes', () => {
        const { ctx } = setup(100);
        const incomplete: ResourceDefinition<Row> = { ...plain, present: r => ({ ...presentRow(r), name: r.name.toUpperCase() }), derivedFields: ['status', 'label'] };
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const sort = { field: 'name', order: 'ASC' as const };
        expect(ids(queryPage(incomplete, ctx, { name_q: 'ALPHA' }, sort, [0, 99]).rows)).toEqual(ids(reference(incomplete, ctx, { name_q: 'ALPHA' }, sort)));
        expect(error).toHaveBeenCalledWith(expect.stringContaining('derivedFields does not list it'));
        error.mockRestore();
    });
});
