// Demo controls of the mock server: its clock (so a deadline can be made to pass without
// waiting) and "Reset demo data" (supervisor).
import { invalid } from '../core/errors';
import type { Route } from '../core/router';

export const systemRoutes: Route[] = [
    {
        method: 'GET',
        path: '/clock',
        summary: "The mock server's clock",
        handler: ctx => ({ body: { now: ctx.now(), today: ctx.today(), offsetMs: ctx.db.meta.clockOffsetMs } }),
    },
    {
        method: 'PUT',
        path: '/clock',
        write: true,
        summary: 'Set the mock clock: { now } (ISO instant) or { advanceDays } / { advanceHours }',
        handler: ctx => {
            ctx.require('system', 'set-clock', 'move the clock');
            const body = (ctx.body ?? {}) as { now?: unknown; advanceDays?: unknown; advanceHours?: unknown };
            const before = ctx.now();
            let target: number;
            if (body.now === undefined && body.advanceDays === undefined && body.advanceHours === undefined)
                throw invalid({ now: 'Give now (an ISO date-time), advanceDays or advanceHours' }, 'Say where to move the clock.');
            if (body.now !== undefined) {
                // Only ISO 8601 (Date.parse alone would accept "12" as December 2001).
                if (typeof body.now !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(body.now) || Number.isNaN(Date.parse(body.now)))
                    throw invalid({ now: 'Give an ISO date-time, e.g. 2026-12-01T09:00:00+08:00' });
                target = Date.parse(body.now);
            } else {
                const days = body.advanceDays === undefined ? 0 : body.advanceDays;
                const hours = body.advanceHours === undefined ? 0 : body.advanceHours;
                if (typeof days !== 'number' || !Number.isFinite(days) || Math.abs(days) > 3650) throw invalid({ advanceDays: 'A number of days, at most 3650' });
                if (typeof hours !== 'number' || !Number.isFinite(hours) || Math.abs(hours) > 87600) throw invalid({ advanceHours: 'A number of hours' });
                target = ctx.nowDate().getTime() + days * 86_400_000 + hours * 3_600_000;
            }
            ctx.db.meta.clockOffsetMs = target - Date.now();
            ctx.audit({ action: 'set-clock', resource: 'system', recordId: null, before: { now: before }, after: { now: ctx.now() } });
            return { body: { now: ctx.now(), today: ctx.today(), offsetMs: ctx.db.meta.clockOffsetMs } };
        },
    },
    {
        method: 'POST',
        path: '/system/reset-demo-data',
        write: true,
        summary: 'Restore the demo seed (supervisor); every change since is discarded',
        handler: ctx => {
            ctx.require('system', 'reset-demo-data', 'reset the demo data');
            ctx.resetRequested = true;
            return { body: { ok: true } };
        },
    },
];
