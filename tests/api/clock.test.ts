// Issue 2 point 5: deadlines run on the mock server's clock, which tests and the demo can set.
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_ANCHOR } from '../../mock/seed';
import type { AuditEntry } from '../../src/domain';
import { useMockApi, type UserKey } from '../support/api';

const { request, list, reset, setClock } = useMockApi('small');

beforeEach(() => reset());

const clock = async () => (await request('GET', '/clock', { as: 'compliance' })).body as { now: string; today: string; offsetMs: number };

describe('GET /clock', () => {
    it('starts at SEED_ANCHOR (Friday 2026-11-20, 09:00 in China)', async () => {
        const { now, today } = await clock();
        const elapsed = Date.parse(now) - Date.parse(SEED_ANCHOR);
        expect(elapsed).toBeGreaterThanOrEqual(0);
        expect(elapsed).toBeLessThan(5 * 60_000); // only the seconds this test file has been running
        expect(today).toBe('2026-11-20');
    });

    it('needs a signed-in operator', async () => {
        expect((await request('GET', '/clock')).status).toBe(401);
    });
});

describe('PUT /clock (supervisor)', () => {
    it('sets an instant given with an offset; today is the China date', async () => {
        const res = await setClock({ now: '2026-12-01T07:30:00+08:00' });
        expect(res.status).toBe(200);
        expect(Math.abs(Date.parse(res.body.now) - Date.parse('2026-11-30T23:30:00Z'))).toBeLessThan(60_000);
        expect(res.body.today).toBe('2026-12-01');
        expect((await clock()).today).toBe('2026-12-01');
    });

    it('advances by days and by hours, across China midnight', async () => {
        const start = Date.parse((await clock()).now);
        const days = await setClock({ advanceDays: 3 });
        expect(Date.parse(days.body.now) - start).toBeGreaterThanOrEqual(3 * 86_400_000);
        expect(Date.parse(days.body.now) - start).toBeLessThan(3 * 86_400_000 + 60_000);
        expect(days.body.today).toBe('2026-11-23');
        // 09:00 + 15 h = 00:00 the next day in China.
        const hours = await setClock({ advanceHours: 15 });
        expect(hours.body.today).toBe('2026-11-24');
        // And back again.
        expect((await setClock({ advanceDays: -10 })).body.today).toBe('2026-11-14');
    });

    it('R-PRV-2 audits the move with the time before and after', async () => {
        const before = (await clock()).now;
        await setClock({ advanceDays: 2 });
        const entries = (await list('audit-log', { filter: { action: 'set-clock' } })).body as AuditEntry[];
        expect(entries).toHaveLength(1);
        expect(entries[0]).toMatchObject({ resource: 'system', operatorId: 'op-supervisor', role: 'supervisor' });
        const b = Date.parse((entries[0].before as { now: string }).now);
        const a = Date.parse((entries[0].after as { now: string }).now);
        expect(Math.abs(b - Date.parse(before))).toBeLessThan(60_000);
        expect(a - b).toBeGreaterThanOrEqual(2 * 86_400_000);
        expect(a - b).toBeLessThan(2 * 86_400_000 + 60_000);
    });

    it.each(['compliance', 'service', 'financeA', 'financeB'] as UserKey[])('is refused to %s with 403 naming the supervisor', async who => {
        const res = await request('PUT', '/clock', { as: who, body: { advanceDays: 30 } });
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(/may not move the clock: only a supervisor may/);
        expect((await clock()).today).toBe('2026-11-20');
    });

    it.each([
        [{ now: 'tomorrow' }, 'now'],
        [{ now: '12' }, 'now'],
        [{ now: 20261201 }, 'now'],
        [{ now: '2026-13-01T00:00:00Z' }, 'now'],
        [{ advanceDays: 'three' }, 'advanceDays'],
        [{ advanceDays: 4000 }, 'advanceDays'],
        [{ advanceDays: null }, 'advanceDays'],
        [{ advanceHours: '5' }, 'advanceHours'],
        [{}, 'now'],
    ])('answers 422 at the field for %j and leaves the clock alone', async (body, field) => {
        const res = await setClock(body as never);
        expect(res.status).toBe(422);
        expect(res.body.message).toBeTruthy();
        expect(Object.keys(res.body.errors)).toEqual([field]);
        expect((await clock()).today).toBe('2026-11-20');
        expect((await list('audit-log', { filter: { action: 'set-clock' } })).body).toEqual([]);
    });

    it('accepts a date alone as that midnight UTC', async () => {
        const res = await setClock({ now: '2027-01-15' });
        expect(res.status).toBe(200);
        expect(res.body.today).toBe('2027-01-15');
    });
});
