// Writes are serialised: concurrent requests never interleave, so no update is lost.
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Settings } from '../../src/domain';
import { useMockApi } from '../support/api';

const { request, list } = useMockApi('small');

describe('serialised writes', () => {
    it('R-PRV-2 concurrent PUTs of different settings are all applied and each is audited once', async () => {
        const patches: Array<Partial<Settings>> = [
            { topUpDays: 16 },
            { refundQuietMonths: 4 },
            { refundPayoutDays: 29 },
            { clearanceDays: 21 },
            { complaintResponseDays: 8 },
            { licenceExpiryWarningDays: 31 },
            { activationWorkingDays: 14 },
            { changeReportWorkingDays: 4 },
            { postDeemedDeliveredDays: 6 },
            { emailDeemedDeliveredHours: 25 },
            { inactivityTerminationDays: 181 },
            { liquidatedDamagesBasisPointsPerDay: 30 },
        ];
        // The token is fetched once first so the logins do not race each other.
        await request('GET', '/auth/me', { as: 'supervisor' });
        const results = await Promise.all(patches.map(body => request('PUT', '/settings/platform', { as: 'supervisor', body })));
        expect(results.map(r => r.status)).toEqual(patches.map(() => 200));
        const settings = (await request('GET', '/settings/platform', { as: 'supervisor' })).body as Settings;
        for (const patch of patches) expect(settings).toMatchObject(patch);
        const audit = (await list('audit-log', { sort: ['id', 'ASC'], filter: { resource: 'settings' } })).body as AuditEntry[];
        expect(audit).toHaveLength(patches.length);
        expect(new Set(audit.map(e => e.id)).size).toBe(patches.length);
        // Each entry's "before" is the previous entry's "after": one change at a time.
        for (let i = 1; i < audit.length; i++) expect(audit[i].before).toEqual(audit[i - 1].after);
    });
});
