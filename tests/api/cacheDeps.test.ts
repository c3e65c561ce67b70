// ctx.cached with the resources a cache reads (issue 8): a write to another resource keeps the
// value, a write to one it reads recomputes it, or patches it with the ids that changed; a
// rollback, a clock move and a manual version bump recompute everything.
import { describe, expect, it } from 'vitest';
import { Ctx, type CacheEntry } from '../../mock/core/context';
import { Database } from '../../mock/core/db';

const setup = () => {
    const db = new Database({ clockOffsetMs: 0, seedSize: 'small', seedVersion: 1, counters: {} });
    db.load('rows', [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    db.load('flags', [{ id: 'f1' }]);
    const cache = new Map<string, CacheEntry>();
    const ctx = () => new Ctx(db, new Request('http://mock/x'), new URL('http://mock/x'), null, undefined, cache);
    return { db, ctx };
};

/** A cache over rows and flags counting how often it is computed and patched. */
const counted = (key = 'test:rows') => {
    const calls = { computed: 0, patched: [] as string[][] };
    const read = (ctx: Ctx, patch = false) =>
        ctx.cached(
            key,
            () => {
                calls.computed++;
                return ctx.db.all('rows').map(r => r.id).join() + '|' + ctx.db.all('flags').length;
            },
            {
                on: ['rows', 'flags'],
                patch: patch
                    ? {
                          resource: 'rows',
                          apply: (_previous, changed) => {
                              calls.patched.push([...changed].sort());
                              return ctx.db.all('rows').map(r => r.id).join() + '|' + ctx.db.all('flags').length;
                          },
                      }
                    : undefined,
            },
        );
    return { calls, read };
};

describe('ctx.cached per resource (issue 8)', () => {
    it('keeps a value across a write to a resource it does not read (every write appends to the audit log)', async () => {
        const { db, ctx } = setup();
        const { calls, read } = counted();
        expect(read(ctx())).toBe('a,b,c|1');
        await db.transaction(() => db.put('audit-log', { id: 'AUD-1' }));
        expect(read(ctx())).toBe('a,b,c|1');
        expect(calls.computed).toBe(1);
        // The plain form still follows every write.
        let plain = 0;
        ctx().cached('test:plain', () => ++plain);
        await db.transaction(() => db.put('audit-log', { id: 'AUD-2' }));
        expect(ctx().cached('test:plain', () => ++plain)).toBe(2);
    });

    it('recomputes after a write to a resource it reads, or patches it with exactly the ids changed since', async () => {
        const { db, ctx } = setup();
        const plain = counted();
        plain.read(ctx());
        await db.transaction(() => db.put('flags', { id: 'f2' }));
        expect(plain.read(ctx())).toBe('a,b,c|2');
        expect(plain.calls.computed).toBe(2);

        const patched = counted('test:patched');
        patched.read(ctx(), true);
        await db.transaction(() => db.put('rows', { id: 'd' }));
        await db.transaction(() => {
            db.put('rows', { id: 'a', x: 1 });
            db.remove('rows', 'b');
        });
        expect(patched.read(ctx(), true)).toBe('a,c,d|2');
        expect(patched.calls).toEqual({ computed: 1, patched: [['a', 'b', 'd']] });
        // A write to the other resource it reads cannot be patched: recomputed.
        await db.transaction(() => db.put('flags', { id: 'f3' }));
        expect(patched.read(ctx(), true)).toBe('a,c,d|3');
        expect(patched.calls.computed).toBe(2);
    });

    it('recomputes after a rollback, a clock move and a manual version bump', async () => {
        const { db, ctx } = setup();
        const { calls, read } = counted();
        read(ctx(), true);
        await expect(
            db.transaction(() => {
                db.put('rows', { id: 'z' });
                throw new Error('refused');
            }),
        ).rejects.toThrow('refused');
        expect(read(ctx(), true)).toBe('a,b,c|1');
        expect(calls.computed).toBe(2);

        await db.transaction(() => {
            db.meta.clockOffsetMs += 3_600_000;
        });
        read(ctx(), true);
        expect(calls.computed).toBe(3);

        // Tests change records outside a transaction and bump the version by hand.
        db.put('rows', { id: 'e' });
        db.version++;
        expect(read(ctx(), true)).toBe('a,b,c,e|1');
        expect(calls.computed).toBe(4);
        expect(calls.patched).toEqual([]);
    });

    it('knows the ids changed since a version, and the collection position of each record', async () => {
        const { db } = setup();
        const v0 = db.resourceVersion('rows');
        await db.transaction(() => db.put('rows', { id: 'b', x: 1 }));
        const v1 = db.resourceVersion('rows');
        await db.transaction(() => db.put('rows', { id: 'n' }));
        expect(db.changedSince('rows', v0)).toEqual(new Set(['b', 'n']));
        expect(db.changedSince('rows', v1)).toEqual(new Set(['n']));
        expect(db.changedSince('flags', 0)).toEqual(new Set());
        // Updating keeps a record's place; removing and adding moves it last, as Map order does.
        expect(['a', 'b', 'c', 'n'].map(id => db.positionOf('rows', id))).toEqual([0, 1, 2, 3]);
        await db.transaction(() => db.remove('rows', 'a'));
        await db.transaction(() => db.put('rows', { id: 'a' }));
        expect(db.all('rows').map(r => r.id)).toEqual(['b', 'c', 'n', 'a']);
        expect(['b', 'c', 'n', 'a'].map(id => db.positionOf('rows', id))).toEqual([0, 1, 2, 3]);
    });

    it('forgets changes beyond its log, and then says it does not know them', async () => {
        const { db } = setup();
        const v0 = db.resourceVersion('audit-log');
        for (let i = 0; i < 5000; i++) await db.transaction(() => db.put('audit-log', { id: `AUD-${i}` }));
        expect(db.changedSince('audit-log', v0)).toBeNull();
        const recent = db.resourceVersion('audit-log');
        await db.transaction(() => db.put('audit-log', { id: 'AUD-last' }));
        expect(db.changedSince('audit-log', recent)).toEqual(new Set(['AUD-last']));
    });

    it('patches for writes to a second resource too, given each changed record as it was before the first change', async () => {
        const { db, ctx } = setup();
        const seen: Array<[string[], Record<string, unknown>]> = [];
        const read = () =>
            ctx().cached('test:also', () => 'built', {
                on: ['rows', 'flags'],
                patch: {
                    resource: 'rows',
                    also: ['flags'],
                    apply: (_previous, changed, also) => {
                        seen.push([[...changed], Object.fromEntries(also.get('flags')!)]);
                        return 'patched';
                    },
                },
            });
        expect(read()).toBe('built');
        await db.transaction(() => db.put('flags', { id: 'f1', v: 2 }));
        await db.transaction(() => {
            db.put('flags', { id: 'f1', v: 3 });
            db.put('flags', { id: 'f9' });
        });
        expect(read()).toBe('patched');
        expect(seen).toEqual([[[], { f1: { id: 'f1' }, f9: undefined }]]);
    });
});

