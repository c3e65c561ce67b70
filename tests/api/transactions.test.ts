// The mock server core: every write route runs alone inside a transaction that rolls back whole on
// a throw (nothing half-saved), and ctx.cached() survives requests that change nothing.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../mock/core/db';
import { conflict } from '../../mock/core/errors';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { MemoryPersistence } from '../../mock/core/persistence';
import type { Route } from '../../mock/core/router';
import { createMockApi, type Sweeper } from '../../mock/core/server';

const ANCHOR = '2026-11-20T01:00:00.000Z';
const seed = (db: Database) => {
    db.load('operators', [{ id: 'op-1', username: 'x', name: '测', nameEn: 'Test', role: 'supervisor', email: 'x@x', active: true } as never]);
    db.load('settings', [structuredClone(DEFAULT_SETTINGS)]);
    db.load('things', [{ id: 'thing-1', n: 0 } as never]);
    db.sessions.set('tok', { operatorId: 'op-1', createdAt: ANCHOR });
};

const build = (routes: Route[], sweepers: Sweeper[] = [], persistence = new MemoryPersistence()) => {
    const api = createMockApi({ persistence, seedSize: 'small', seed, routes, sweepers, initialNow: ANCHOR, seedVersion: 1 });
    const call = async (method: string, path: string, body?: unknown) => {
        const res = await api.handle(
            new Request(`http://localhost/api${path}`, {
                method,
                headers: { Authorization: 'Bearer tok', 'Content-Type': 'application/json' },
                body: body === undefined ? undefined : JSON.stringify(body),
            }),
        );
        return { status: res.status, body: await res.json() };
    };
    return { api, call, persistence };
};

const failingWrite: Route = {
    method: 'POST',
    path: '/things',
    write: true,
    summary: 'writes several records, a blob and the clock, then fails',
    handler: ctx => {
        ctx.db.put('things', { id: ctx.db.nextId('THG'), n: 1 });
        ctx.db.put('things', { id: 'thing-1', n: 99 }); // overwrite an existing record
        ctx.db.remove('things', 'thing-1');
        ctx.db.putBlob('blob-1', new Uint8Array([9, 9, 9]));
        ctx.db.meta.clockOffsetMs += 86_400_000;
        ctx.audit({ action: 'create', resource: 'things', recordId: 'THG-000001' });
        ctx.notify({ merchantId: 'm-1', kind: 'test', subject: 's', content: 'c' });
        if ((ctx.body as { crash?: boolean }).crash) throw new Error('disk on fire');
        throw conflict('Refused half-way through (test).', 'R-TEST-1');
    },
};

describe('transactions: nothing half-saved', () => {
    it('a write that throws an ApiError mid-way leaves no record, blob, audit entry, notice, counter or clock change behind', async () => {
        const { api, call, persistence } = build([failingWrite]);
        await api.ready;
        api.db.blobs.set('blob-1', new Uint8Array([1, 2, 3]));
        const offsetBefore = api.db.meta.clockOffsetMs;
        const res = await call('POST', '/things', {});
        expect(res.status).toBe(409);
        expect(res.body).toEqual({ message: 'Refused half-way through (test).', rule: 'R-TEST-1' });
        expect(api.db.all('things')).toEqual([{ id: 'thing-1', n: 0 }]);
        expect(api.db.all('audit-log')).toEqual([]);
        expect(api.db.all('notices')).toEqual([]);
        expect(api.db.blobs.get('blob-1')).toEqual(new Uint8Array([1, 2, 3]));
        expect(api.db.meta.counters).toEqual({});
        expect(api.db.meta.clockOffsetMs).toBe(offsetBefore);
        expect(api.db.dirty.size).toBe(0);
        const stored = await persistence.load();
        expect(stored!.records).toEqual([]);
        // The next successful id is the first one: the failed attempt consumed nothing.
        expect(api.db.nextId('THG')).toBe('THG-000001');
    });

    it('an unexpected exception is a 500 that says nothing was saved, and rolls back too', async () => {
        const { api, call } = build([failingWrite]);
        await api.ready;
        const res = await call('POST', '/things', { crash: true });
        expect(res.status).toBe(500);
        expect(res.body.message).toMatch(/disk on fire.*Nothing was saved/);
        expect(api.db.all('things')).toEqual([{ id: 'thing-1', n: 0 }]);
        expect(api.db.blobs.has('blob-1')).toBe(false);
    });

    it('a successful write commits every change and persists it', async () => {
        const ok: Route = {
            method: 'POST',
            path: '/things',
            write: true,
            summary: 'adds a thing',
            handler: ctx => {
                const thing = ctx.db.put('things', { id: ctx.db.nextId('THG'), n: 1 });
                ctx.audit({ action: 'create', resource: 'things', recordId: thing.id, after: thing });
                return { status: 201, body: thing };
            },
        };
        const { api, call, persistence } = build([ok]);
        const res = await call('POST', '/things', {});
        expect(res).toEqual({ status: 201, body: { id: 'THG-000001', n: 1 } });
        expect(api.db.get('things', 'THG-000001')).toEqual({ id: 'THG-000001', n: 1 });
        const keys = (await persistence.load())!.records.map(([k]) => k).sort();
        expect(keys).toEqual(['audit-log/AUD-000001', 'things/THG-000001']);
    });
});

describe('writes are serialised', () => {
    it('concurrent read-modify-write requests with an await in between lose no update', async () => {
        const increment: Route = {
            method: 'POST',
            path: '/things/:id/increment',
            write: true,
            summary: 'n + 1, slowly',
            handler: async ctx => {
                const thing = ctx.db.get<{ id: string; n: number }>('things', ctx.params.id)!;
                await new Promise(resolve => setTimeout(resolve, 2));
                return { body: ctx.db.put('things', { ...thing, n: thing.n + 1 }) };
            },
        };
        const { api, call } = build([increment]);
        const results = await Promise.all(Array.from({ length: 25 }, () => call('POST', '/things/thing-1/increment', {})));
        expect(results.every(r => r.status === 200)).toBe(true);
        expect(results.map(r => r.body.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
        expect(api.db.get<{ n: number }>('things', 'thing-1')!.n).toBe(25);
    });

    it('a failing write does not block the writes queued behind it', async () => {
        const increment: Route = {
            method: 'POST',
            path: '/things/:id/increment',
            write: true,
            summary: 'n + 1',
            handler: ctx => {
                const thing = ctx.db.get<{ id: string; n: number }>('things', ctx.params.id)!;
                return { body: ctx.db.put('things', { ...thing, n: thing.n + 1 }) };
            },
        };
        const { api, call } = build([increment, failingWrite]);
        const results = await Promise.all([call('POST', '/things/thing-1/increment', {}), call('POST', '/things', {}), call('POST', '/things/thing-1/increment', {})]);
        expect(results.map(r => r.status)).toEqual([200, 409, 200]);
        expect(api.db.get<{ n: number }>('things', 'thing-1')!.n).toBe(2);
    });
});

describe('ctx.cached', () => {
    it('keeps a derived index across requests that change nothing (sweepers included) and rebuilds it after a write', async () => {
        let computed = 0;
        const routes: Route[] = [
            { method: 'GET', path: '/count', summary: 'cached count', handler: ctx => ({ body: ctx.cached('count', () => (computed++, ctx.db.all('things').length)) }) },
            { method: 'POST', path: '/noop', write: true, summary: 'writes nothing', handler: () => ({ body: {} }) },
            { method: 'POST', path: '/add', write: true, summary: 'adds', handler: ctx => ({ body: ctx.db.put('things', { id: ctx.db.nextId('THG') }) }) },
            { method: 'PUT', path: '/clock', write: true, summary: 'moves the clock', handler: ctx => ((ctx.db.meta.clockOffsetMs += 1000), { body: {} }) },
        ];
        const idleSweeper: Sweeper = ctx => void ctx.db.all('things');
        const { call } = build(routes, [idleSweeper]);
        expect((await call('GET', '/count')).body).toBe(1);
        expect((await call('GET', '/count')).body).toBe(1);
        await call('POST', '/noop', {});
        expect((await call('GET', '/count')).body).toBe(1);
        expect(computed).toBe(1);
        await call('POST', '/add', {});
        expect((await call('GET', '/count')).body).toBe(2);
        expect(computed).toBe(2);
        // Derived values may depend on the clock (days left): moving it rebuilds them.
        await call('PUT', '/clock', {});
        await call('GET', '/count');
        expect(computed).toBe(3);
    });

    it('rebuilds a cached value when the mock clock passes midnight in China, even without a write', async () => {
        let computed = 0;
        const routes: Route[] = [{ method: 'GET', path: '/today', summary: 'cached today', handler: ctx => ({ body: ctx.cached('today', () => (computed++, ctx.today())) }) }];
        const { api, call } = build(routes);
        await api.ready;
        // 23:50 in Beijing, then (as real time would, without any write) 00:10 the next day.
        api.db.meta.clockOffsetMs = Date.parse('2026-11-20T15:50:00Z') - Date.now();
        const first = (await call('GET', '/today')).body;
        const again = (await call('GET', '/today')).body;
        api.db.meta.clockOffsetMs += 20 * 60_000;
        const second = (await call('GET', '/today')).body;
        expect(again).toBe(first);
        expect([first, second]).toEqual(['2026-11-20', '2026-11-21']);
        expect(computed).toBe(2);
    });

    it('a sweeper that changes data runs before the request and is persisted', async () => {
        const expire: Sweeper = ctx => {
            const thing = ctx.db.get<{ id: string; n: number }>('things', 'thing-1')!;
            if (thing.n === 0) ctx.db.put('things', { ...thing, n: -1 });
        };
        const routes: Route[] = [{ method: 'GET', path: '/things/:id', summary: 'read', handler: ctx => ({ body: ctx.db.get('things', ctx.params.id) }) }];
        const { call, persistence } = build(routes, [expire]);
        expect((await call('GET', '/things/thing-1')).body).toEqual({ id: 'thing-1', n: -1 });
        expect((await persistence.load())!.records).toEqual([['things/thing-1', { id: 'thing-1', n: -1 }]]);
    });
});

describe('MockApi.prepare', () => {
    it('runs the prepare hook on the seeded database, between requests, once the seed is ready', async () => {
        const seen: Array<{ things: number; ready: boolean }> = [];
        let ready = false;
        const api = createMockApi({
            persistence: new MemoryPersistence(),
            seedSize: 'small',
            seed,
            routes: [],
            initialNow: ANCHOR,
            seedVersion: 1,
            prepare: ctx => seen.push({ things: ctx.db.all('things').length, ready }),
        });
        void api.ready.then(() => (ready = true));
        await api.prepare();
        expect(seen).toEqual([{ things: 1, ready: true }]);
    });
});

