// Errors a person can act on (issue 2 point 3) and the role table enforced by the server (point 6).
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Settings } from '../../src/domain';
import { useMockApi, type UserKey } from '../support/api';

const { request, list, reset } = useMockApi('small');

beforeEach(async () => {
    await reset();
    testStart = (await request('GET', '/clock', { as: 'supervisor' })).body.now;
});

const settings = async (): Promise<Settings> => (await request('GET', '/settings/platform', { as: 'supervisor' })).body;
const auditEntries = async (filter: Record<string, unknown> = {}): Promise<AuditEntry[]> =>
    (await list('audit-log', { sort: ['id', 'ASC'], filter })).body;
/** Entries written by operators during the test (the seed may carry its own history). */
const operatorEntries = async (): Promise<AuditEntry[]> => (await auditEntries()).filter(e => e.operatorId !== null && e.at >= testStart);
let testStart = '';

describe('401', () => {
    it('answers 401 without a token', async () => {
        const res = await request('GET', '/merchants');
        expect(res.status).toBe(401);
        expect(res.body.message).toMatch(/Sign in/);
    });

    it('answers 401 with an unknown or malformed token', async () => {
        for (const header of ['Bearer not-a-session', 'Basic Y2hlbi5qaW5nOmRlbW8=', 'Bearer ']) {
            const res = await request('GET', '/settings', { headers: { Authorization: header } });
            expect(res.status, header).toBe(401);
        }
    });

    it('answers 401 after logout', async () => {
        const login = await request('POST', '/auth/login', { body: { username: 'li.na', password: 'demo' } });
        const auth = { Authorization: `Bearer ${login.body.token}` };
        expect((await request('GET', '/auth/me', { headers: auth })).status).toBe(200);
        await request('POST', '/auth/logout', { headers: auth });
        expect((await request('GET', '/auth/me', { headers: auth })).status).toBe(401);
    });

    it('refuses a wrong password with 401 and missing credentials with 422 at the fields', async () => {
        expect((await request('POST', '/auth/login', { body: { username: 'li.na', password: 'nope' } })).status).toBe(401);
        const res = await request('POST', '/auth/login', { body: {} });
        expect(res.status).toBe(422);
        expect(Object.keys(res.body.errors).sort()).toEqual(['password', 'username']);
    });
});

describe('404', () => {
    it('answers 404 for an unknown id, naming it', async () => {
        const res = await request('GET', '/merchants/m-99999', { as: 'compliance' });
        expect(res.status).toBe(404);
        expect(res.body.message).toContain('m-99999');
    });

    it('answers 404 for an unknown endpoint', async () => {
        const res = await request('GET', '/no-such-thing', { as: 'supervisor' });
        expect(res.status).toBe(404);
        expect(res.body.message).toMatch(/No endpoint GET \/no-such-thing/);
    });
});

describe('405 with an Allow header', () => {
    it('R-PRV-2 refuses PUT on an audit log entry with 405 and Allow: GET', async () => {
        await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: 16 } });
        const [entry] = await auditEntries({ resource: 'settings' });
        const before = structuredClone(entry);
        const res = await request('PUT', `/audit-log/${entry.id}`, { as: 'supervisor', body: { ...entry, reason: 'tampered' } });
        expect(res.status).toBe(405);
        expect(res.headers.get('Allow')).toBe('GET');
        expect(res.body.message).toMatch(/append-only.*R-PRV-2/);
        expect((await request('GET', `/audit-log/${entry.id}`, { as: 'supervisor' })).body).toEqual(before);
    });

    it('R-PRV-2 refuses DELETE on an audit log entry with 405 and Allow: GET, and keeps it', async () => {
        await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: 16 } });
        const [entry] = await auditEntries({ resource: 'settings' });
        const res = await request('DELETE', `/audit-log/${entry.id}`, { as: 'supervisor' });
        expect(res.status).toBe(405);
        expect(res.headers.get('Allow')).toBe('GET');
        expect((await request('GET', `/audit-log/${entry.id}`, { as: 'supervisor' })).status).toBe(200);
    });

    it('R-PRV-2 refuses POST on the audit log with 405', async () => {
        const res = await request('POST', '/audit-log', { as: 'supervisor', body: { action: 'forged' } });
        expect(res.status).toBe(405);
        expect(res.headers.get('Allow')).toBe('GET');
        expect(await operatorEntries()).toEqual([]);
    });

    it('R-NOT-1 refuses POST on notices with 405 and Allow: GET', async () => {
        const res = await request('POST', '/notices', { as: 'supervisor', body: { merchantId: 'm-00001', subject: 'x' } });
        expect(res.status).toBe(405);
        expect(res.headers.get('Allow')).toBe('GET');
        expect(res.body.message).toMatch(/R-NOT-1/);
    });

    it('answers 405 with the methods a path does allow for a method no route has', async () => {
        const res = await request('PATCH', '/clock', { as: 'supervisor', body: {} });
        expect(res.status).toBe(405);
        expect(res.headers.get('Allow')).toBe('GET, PUT');
    });

    it('settings can be read and edited but not created or deleted', async () => {
        const post = await request('POST', '/settings', { as: 'supervisor', body: { id: 'other' } });
        expect(post.status).toBe(405);
        expect(post.headers.get('Allow')).toBe('GET');
        const del = await request('DELETE', '/settings/platform', { as: 'supervisor' });
        expect(del.status).toBe(405);
        expect(del.headers.get('Allow')).toBe('GET, PUT');
    });
});

describe('422 at the field, nothing half-saved', () => {
    it('answers 422 {message, errors:{field}} for invalid settings and saves none of the patch', async () => {
        const before = await settings();
        const res = await request('PUT', '/settings/platform', {
            as: 'supervisor',
            body: { topUpDays: 20, clearanceDays: 0, standardDeposit: { CNY: 1.5, USD: 200_000 } },
        });
        expect(res.status).toBe(422);
        expect(res.body.message).toMatch(/nothing was saved/);
        expect(res.body.errors).toEqual({ clearanceDays: expect.any(String), 'standardDeposit.CNY': expect.any(String) });
        expect(await settings()).toEqual(before); // topUpDays 20 was valid but is not saved either
        expect(await operatorEntries()).toEqual([]);
    });

    it('answers 422 for a field that is not a setting', async () => {
        const res = await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: 20, mood: 'happy' } });
        expect(res.status).toBe(422);
        expect(res.body.errors).toEqual({ mood: 'Not a setting' });
        expect((await settings()).topUpDays).toBe(15);
    });

    it('answers 400 for a body that is not JSON or not an object', async () => {
        const notJson = await request('PUT', '/settings/platform', { as: 'supervisor', body: '{topUpDays:' });
        expect(notJson.status).toBe(400);
        expect(notJson.body.message).toMatch(/not valid JSON/);
        const list = await request('PUT', '/settings/platform', { as: 'supervisor', body: [1, 2] });
        expect(list.status).toBe(400);
        expect(list.body.message).toMatch(/JSON object/);
    });
});

describe('403 for each role, naming who may (RULES.md role table)', () => {
    const cases: Array<[UserKey, string, string, unknown]> = [
        ['compliance', 'PUT', '/settings/platform', { topUpDays: 20 }],
        ['financeA', 'PUT', '/settings/platform', { topUpDays: 20 }],
        ['financeB', 'PUT', '/settings/platform', { topUpDays: 20 }],
        ['service', 'PUT', '/settings/platform', { topUpDays: 20 }],
        ['service', 'POST', '/system/reset-demo-data', undefined],
        ['compliance', 'POST', '/system/reset-demo-data', undefined],
        ['compliance', 'PUT', '/clock', { advanceDays: 1 }],
        ['financeA', 'PUT', '/clock', { advanceDays: 1 }],
        ['service', 'PUT', '/clock', { advanceDays: 1 }],
    ];
    it.each(cases)('%s may not %s %s: 403, only a supervisor may, nothing changes', async (who, method, path, body) => {
        const settingsBefore = await settings();
        const clockBefore = (await request('GET', '/clock', { as: 'supervisor' })).body;
        const res = await request(method, path, { as: who, body });
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(/only a supervisor may/);
        expect(res.body.message).toMatch(/^As a (compliance officer|finance officer|customer service agent) you may not/);
        expect(await settings()).toEqual(settingsBefore);
        const clockAfter = (await request('GET', '/clock', { as: 'supervisor' })).body;
        expect(clockAfter.offsetMs).toBe(clockBefore.offsetMs);
        expect(await operatorEntries()).toEqual([]);
    });

    it('every role may read what the role table lets it read', async () => {
        for (const who of ['compliance', 'service', 'financeA', 'supervisor'] as const) {
            for (const resource of ['merchants', 'documents', 'categories', 'operators', 'settings', 'audit-log', 'notices', 'files']) {
                expect((await list(resource, { range: [0, 0] }, who)).status, `${who} ${resource}`).toBe(200);
            }
        }
    });
});

describe('R-PRV-2 every write appends an audit entry', () => {
    it('R-PRV-2 PUT /settings/platform records who, when, what, before and after', async () => {
        const clock = (await request('GET', '/clock', { as: 'supervisor' })).body;
        const res = await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: 20, refundPayoutDays: 25 } });
        expect(res.status).toBe(200);
        expect(res.body.topUpDays).toBe(20);
        const entries = await operatorEntries();
        expect(entries).toHaveLength(1);
        const [entry] = entries;
        expect(entry).toMatchObject({
            operatorId: 'op-supervisor',
            operatorName: '陈静 (Chen Jing)',
            role: 'supervisor',
            action: 'update',
            resource: 'settings',
            recordId: 'platform',
        });
        // When: the mock clock, not the wall clock.
        expect(Math.abs(Date.parse(entry.at) - Date.parse(clock.now))).toBeLessThan(60_000);
        expect((entry.before as Settings).topUpDays).toBe(15);
        expect((entry.after as Settings).topUpDays).toBe(20);
        expect((entry.before as Settings).refundPayoutDays).toBe(30);
        expect((entry.after as Settings).refundPayoutDays).toBe(25);
    });

    it('R-PRV-2 the audit log lists by operator, action, resource and China date', async () => {
        // 00:30 on 2026-11-21 in Beijing is 16:30 UTC on 2026-11-20.
        await request('PUT', '/clock', { as: 'supervisor', body: { now: '2026-11-21T00:30:00+08:00' } });
        await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: 21 } });
        const update = (await auditEntries({ resource: 'settings', action: 'update' })).at(-1)!;
        expect(update.at.startsWith('2026-11-20T16:3')).toBe(true);
        expect((await auditEntries({ at_gte: '2026-11-21' })).map(e => e.id)).toContain(update.id);
        expect((await auditEntries({ at_lte: '2026-11-20' })).map(e => e.id)).not.toContain(update.id);
        expect((await auditEntries({ at_gte: '2026-11-21', at_lte: '2026-11-21' })).map(e => e.id)).toContain(update.id);
        expect(await auditEntries({ operatorId: 'op-supervisor', action: 'update', resource: 'settings' })).toEqual([update]);
        expect((await auditEntries({ operatorId: 'op-compliance' })).map(e => e.id)).not.toContain(update.id);
        expect((await auditEntries({ q: 'set-clock' })).every(e => e.action === 'set-clock')).toBe(true);
        expect(await auditEntries({ q: 'set-clock' })).toHaveLength(1);
    });
});
