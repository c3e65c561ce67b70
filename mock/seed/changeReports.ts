// Registration change reports (R-REG-10): some on time, some later than 3 working days; older
// ones accepted (the merchant already shows the new value), recent ones pending review.
import { addDays, type ChangeReport, type FieldChange, type Merchant } from '../../src/domain';
import type { Database } from '../core/db';
import { daysAgo, SEED_TODAY, streamFor } from './context';
import { STREETS } from './reference';

export const seedChangeReports = (db: Database) => {
    const rnd = streamFor('change-reports');
    const reports: ChangeReport[] = [];
    let n = 0;
    for (const m of db.all<Merchant>('merchants')) {
        if (m.status !== 'active' || !rnd.chance(0.05)) continue;
        const changedDaysAgo = rnd.int(1, 60);
        const changedOn = addDays(SEED_TODAY, -changedDaysAgo);
        const delay = rnd.weighted([[rnd.int(0, 3), 60], [rnd.int(6, 14), 40]] as const);
        const reportedDaysAgo = Math.max(0, changedDaysAgo - delay);
        const field = rnd.pick(['address', 'contactTitle', 'businessScope'] as const);
        const newValue =
            field === 'address'
                ? `${m.province}${m.city === m.province ? '' : m.city}${rnd.pick(STREETS)}${rnd.int(1, 999)}号`
                : field === 'contactTitle'
                  ? rnd.pick(['总经理', '外贸经理', '销售总监', '运营主管', '董事长'])
                  : `${m.businessScope}; e-commerce services`;
        const pending = reportedDaysAgo <= 21;
        const changes: FieldChange[] = [{ field, before: m[field], after: newValue }];
        if (!pending) {
            // Accepted earlier: the merchant already carries the new value.
            (m as unknown as Record<string, unknown>)[field] = newValue;
            if (field === 'address') m.contactAddress = newValue;
        }
        reports.push({
            id: `CHR-seed-${String(++n).padStart(5, '0')}`,
            merchantId: m.id,
            changedOn,
            reportedAt: daysAgo(reportedDaysAgo, rnd),
            changes,
            fileIds: [],
            status: pending ? 'pending' : 'approved',
            reviewedBy: pending ? null : 'op-compliance',
            reviewedAt: pending ? null : daysAgo(Math.max(0, reportedDaysAgo - 2), rnd),
            reviewNote: pending ? '' : 'Checked against the updated licence.',
        });
    }
    db.load('change-reports', reports);
};
