// Issue 2 point 4: what an operator changes survives a reload and a browser restart (IndexedDB,
// here fake-indexeddb), and "Reset demo data" restores the seed.
import { describe, expect, it } from 'vitest';
import { buildMockApi } from '../../mock/api';
import { IndexedDbPersistence } from '../../mock/core/indexedDbPersistence';
import type { Route } from '../../mock/core/router';
import { createMockApi, type MockApi } from '../../mock/core/server';
import { routes, sweepers } from '../../mock/routes';
import { SEED_ANCHOR, SEED_VERSION, seedDatabase } from '../../mock/seed';
import type { AuditEntry, Settings } from '../../src/domain';

let dbCounter = 0;
const freshStoreName = () => `tradeward-test-${Date.now()}-${dbCounter++}`;

const client = (api: MockApi) => {
    const call = async (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (options.token) headers.Authorization = `Bearer ${options.token}`;
        const res = await api.handle(
            new Request(`http://localhost/api${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }),
        );
        return { status: res.status, body: await res.json() };
    };
    const login = async (username: string) => (await call('POST', '/auth/login', { body: { username, password: 'demo' } })).body.token as string;
    return { call, login };
};

/** A new mock API on the same IndexedDB database: what a page reload or a browser restart does. */
const boot = async (storeName: string, seedVersion = SEED_VERSION) => {
    const api =
        seedVersion === SEED_VERSION
            ? buildMockApi(new IndexedDbPersistence(storeName), 'small')
            : createMockApi({ persistence: new IndexedDbPersistence(storeName), seedSize: 'small', seed: seedDatabase, routes, sweepers, initialNow: SEED_ANCHOR, seedVersion });
    await api.ready;
    return { api, ...client(api) };
};

describe('persistence in IndexedDB', () => {
    it('a settings change survives building a new mock API on the same store (reload / restart)', async () => {
        const store = freshStoreName();
        const first = await boot(store);
        const token = await first.login('chen.jing');
        expect((await first.call('PUT', '/settings/platform', { token, body: { topUpDays: 22 } })).status).toBe(200);

        const second = await boot(store);
        // The session survives too: no new sign-in needed.
        const settings = await second.call('GET', '/settings/platform', { token });
        expect(settings.status).toBe(200);
        expect((settings.body as Settings).topUpDays).toBe(22);
        const audit = (await second.call('GET', '/audit-log?filter={"resource":"settings"}', { token })).body as AuditEntry[];
        expect(audit.map(e => [e.action, e.operatorId])).toEqual([['update', 'op-supervisor']]);
        // Counters survive: the next audit entry gets a new id, not the one already used.
        await second.call('PUT', '/settings/platform', { token, body: { topUpDays: 23 } });
        const ids = ((await second.call('GET', '/audit-log?filter={"resource":"settings"}', { token })).body as AuditEntry[]).map(e => e.id);
        expect(ids).toHaveLength(2);
        expect(new Set(ids).size).toBe(2);
        expect(ids).toContain(audit[0].id);
    });

    it('a moved clock survives a restart and keeps running', async () => {
        const store = freshStoreName();
        const first = await boot(store);
        const token = await first.login('chen.jing');
        await first.call('PUT', '/clock', { token, body: { now: '2027-03-01T09:00:00+08:00' } });
        const second = await boot(store);
        const clock = (await second.call('GET', '/clock', { token })).body;
        expect(clock.today).toBe('2027-03-01');
        expect(Date.parse(clock.now)).toBeGreaterThanOrEqual(Date.parse('2027-03-01T01:00:00Z'));
    });

    it('a deleted record and stored file bytes survive a restart', async () => {
        const store = freshStoreName();
        const extra: Route[] = [
            {
                method: 'POST',
                path: '/test/mutate',
                write: true,
                summary: 'removes a category, stores bytes',
                handler: ctx => {
                    ctx.db.remove('categories', 'cat-01');
                    ctx.db.putBlob('file-upload-1', new Uint8Array([1, 2, 3, 250]));
                    return { body: {} };
                },
            },
        ];
        const make = async () => {
            const api = createMockApi({
                persistence: new IndexedDbPersistence(store),
                seedSize: 'small',
                seed: seedDatabase,
                routes: [...routes, ...extra],
                sweepers,
                initialNow: SEED_ANCHOR,
                seedVersion: SEED_VERSION,
            });
            await api.ready;
            return api;
        };
        const first = await make();
        const { call, login } = client(first);
        const token = await login('chen.jing');
        expect((await call('POST', '/test/mutate', { token, body: {} })).status).toBe(200);
        const second = await make();
        expect(second.db.get('categories', 'cat-01')).toBeUndefined();
        expect(second.db.get('categories', 'cat-02')).toBeDefined();
        expect([...second.db.blobs.get('file-upload-1')!]).toEqual([1, 2, 3, 250]);
    });

    it('a stored overlay from a different seed version is discarded, sessions included', async () => {
        const store = freshStoreName();
        const first = await boot(store);
        const token = await first.login('chen.jing');
        await first.call('PUT', '/settings/platform', { token, body: { topUpDays: 22 } });

        const upgraded = await boot(store, SEED_VERSION + 1);
        expect(upgraded.api.db.get<Settings>('settings', 'platform')!.topUpDays).toBe(15);
        expect(upgraded.api.db.all<AuditEntry>('audit-log').filter(e => e.resource === 'settings')).toEqual([]);
        expect((await upgraded.call('GET', '/settings/platform', { token })).status).toBe(401);
        // The old overlay is gone from the store: the next boot of the new version stays clean.
        const stored = await new IndexedDbPersistence(store).load();
        expect(stored!.meta.seedVersion).toBe(SEED_VERSION + 1);
        expect(stored!.records).toEqual([]);
    });
});

describe('POST /system/reset-demo-data', () => {
    it('restores the seed, keeps sessions, audits the reset itself, and the reset survives a restart', async () => {
        const store = freshStoreName();
        const first = await boot(store);
        const supervisor = await first.login('chen.jing');
        const compliance = await first.login('li.na');
        // Whatever audit history the seed itself carries.
        const seeded = ((await first.call('GET', '/audit-log', { token: supervisor })).body as AuditEntry[]).map(e => e.id);
        await first.call('PUT', '/settings/platform', { token: supervisor, body: { topUpDays: 22, clearanceDays: 10 } });
        await first.call('PUT', '/clock', { token: supervisor, body: { advanceDays: 40 } });
        const mine = ((await first.call('GET', '/audit-log', { token: supervisor })).body as AuditEntry[]).filter(e => e.operatorId === 'op-supervisor');
        expect(mine.map(e => e.action)).toEqual(['update', 'set-clock']);

        const res = await first.call('POST', '/system/reset-demo-data', { token: supervisor, body: {} });
        expect(res.status).toBe(200);
        const settings = (await first.call('GET', '/settings/platform', { token: compliance })).body as Settings;
        expect(settings.topUpDays).toBe(15);
        expect(settings.clearanceDays).toBe(20);
        const clock = (await first.call('GET', '/clock', { token: supervisor })).body;
        expect(clock.today).toBe('2026-11-20');
        // The seed's own history plus one entry: the reset, by the supervisor.
        const audit = (await first.call('GET', '/audit-log', { token: supervisor })).body as AuditEntry[];
        const added = audit.filter(e => !seeded.includes(e.id));
        expect(audit).toHaveLength(seeded.length + 1);
        expect(added).toHaveLength(1);
        expect(added[0]).toMatchObject({ action: 'reset-demo-data', resource: 'system', operatorId: 'op-supervisor', role: 'supervisor' });

        const second = await boot(store);
        expect(((await second.call('GET', '/settings/platform', { token: compliance })).body as Settings).topUpDays).toBe(15);
        const afterRestart = (await second.call('GET', '/audit-log', { token: supervisor })).body as AuditEntry[];
        expect(afterRestart.filter(e => e.operatorId === 'op-supervisor').map(e => e.action)).toEqual(['reset-demo-data']);
    });

    it('is refused to everyone but the supervisor, and changes nothing then', async () => {
        const store = freshStoreName();
        const { call, login } = await boot(store);
        const supervisor = await login('chen.jing');
        await call('PUT', '/settings/platform', { token: supervisor, body: { topUpDays: 22 } });
        for (const username of ['li.na', 'wang.fang', 'zhang.wei', 'liu.yang']) {
            const res = await call('POST', '/system/reset-demo-data', { token: await login(username), body: {} });
            expect(res.status, username).toBe(403);
            expect(res.body.message).toMatch(/reset the demo data: only a supervisor may/);
        }
        expect(((await call('GET', '/settings/platform', { token: supervisor })).body as Settings).topUpDays).toBe(22);
    });
});

