// Category applications (R-REG-12) consistent with the merchants: active merchants' categories
// are open; pending registrations have pending applications (lapsed once 15 working days passed);
// some active merchants have a recent application still pending.
import { addDays, addWorkingDays, chinaDate, DEFAULT_SETTINGS, type CategoryApplication, type Merchant } from '../../src/domain';
import type { Database } from '../core/db';
import { SEED_TODAY, streamFor } from './context';

const OPEN = new Set(['active', 'restricted', 'suspended', 'in_clearance', 'closed']);

/**
 * One application as an object literal. Built as `{ ...base, more }` it had the same keys in the
 * same order but took about three times the memory (V8 keeps the added keys outside the object):
 * 30,000 of them on the large seed (issue 8).
 */
const application = (
    id: string,
    merchantId: string,
    categoryId: string,
    signedAt: string,
    status: CategoryApplication['status'],
    activationNoticeSentAt: string | null = null,
    activatedAt: string | null = null,
    lapsedAt: string | null = null,
): CategoryApplication => ({ id, merchantId, categoryId, activationNoticeSentAt, activatedAt, lapsedAt, signedAt, status });

export const seedCategoryApplications = (db: Database) => {
    const rnd = streamFor('category-applications');
    const calendar = DEFAULT_SETTINGS.calendar;
    const days = DEFAULT_SETTINGS.activationWorkingDays;
    const apps: CategoryApplication[] = [];
    let n = 0;
    for (const m of db.all<Merchant>('merchants')) {
        const signedAt = m.agreementAcceptedAt ?? m.registeredAt;
        // The R-REG-12 due date, worked out only for merchants not yet open (a few thousand of 20,000).
        let due: string | undefined;
        const dueDate = () => (due ??= addWorkingDays(chinaDate(signedAt), days, calendar));
        const recentlyApplying = m.status === 'active' && m.categoryIds.length > 1 && rnd.chance(0.08);
        m.categoryIds.forEach((categoryId, i) => {
            const id = `CA-${String(++n).padStart(6, '0')}`;
            if (recentlyApplying && i === m.categoryIds.length - 1) {
                const signed = new Date(Date.parse(`${SEED_TODAY}T02:00:00Z`) - rnd.int(1, 12) * 86_400_000).toISOString();
                apps.push(application(id, m.id, categoryId, signed, 'pending'));
            } else if (OPEN.has(m.status)) {
                const activated = m.approvedAt ?? signedAt;
                apps.push(application(id, m.id, categoryId, signedAt, 'active', activated, activated));
            } else if (dueDate() >= SEED_TODAY) {
                apps.push(application(id, m.id, categoryId, signedAt, 'pending'));
            } else {
                apps.push(application(id, m.id, categoryId, signedAt, 'lapsed', null, null, new Date(`${addDays(dueDate(), 1)}T00:00:00+08:00`).toISOString()));
            }
        });
    }
    db.load('category-applications', apps);
};
