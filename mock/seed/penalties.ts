// Penalties in every state of R-PEN-2. Because a merchant's restricted/suspended status is
// derived from measures in force (R-PEN-10), merchants the merchant seed drew as restricted or
// suspended are stored as 'active' here and given the active penalty that derives that status.
// Terminated merchants (in clearance, and some closed ones) get their close_store penalty.
import { addDays, chinaDate, GROUNDS, type Measure, type MeasureType, type Merchant, type Penalty } from '../../src/domain';
import type { Database } from '../core/db';
import { daysAgo, SEED_TODAY, streamFor, type SeedCounts } from './context';
import type { Random } from './random';

const OFFICERS = ['op-compliance', 'op-service'];
const RESTRICTING: MeasureType[] = ['delist_products', 'restrict_publishing', 'cancel_withdrawal', 'freeze_balance'];
const SUSPENDING: MeasureType[] = ['suspend_category_services', 'freeze_transactions'];
const RESTRICT_GROUNDS = ['spam_block_listed', 'prohibited_listings', 'bulk_messages', 'low_service_scores', 'infringement'];
const SUSPEND_GROUNDS = ['licence_out_of_date', 'infringement', 'impersonation_fraud', 'infringement_notice'];
const TERMINATION_GROUNDS = ['inactive_180_days', 'untrue_documents', 'impersonation_fraud'];
const HISTORY_GROUNDS = ['no_login_first_month', 'shop_not_decorated', 'inquiries_unanswered', 'spam_block_listed', 'prohibited_listings', 'low_service_scores', 'infringement'];

const DESCRIPTIONS: Record<string, string> = {
    no_login_first_month: 'Account not signed in to within one month of registration.',
    shop_not_decorated: 'Storefront still undecorated two weeks after opening.',
    inquiries_unanswered: 'Buyer inquiries left unanswered for over one month.',
    spam_block_listed: 'Frequent spam inquiries reported; block-listed by many businesses.',
    prohibited_listings: 'Repeated listings of identical products and a prohibited item.',
    bulk_messages: 'Unsolicited bulk messages sent to buyers.',
    low_service_scores: 'DSR score below 3.5 and dispute rate above 5% for two months.',
    infringement: 'Listings infringe a registered trademark (rights holder notice).',
    licence_out_of_date: 'Registered address changed on the licence but not updated on the platform.',
    impersonation_fraud: 'Impersonated another enterprise in buyer communications.',
    infringement_notice: 'Infringement notice from a rights holder received.',
    inactive_180_days: 'No login for over 180 days.',
    untrue_documents: 'Import/export certificate found to be forged.',
};

const sinceDays = (iso: string) => Math.round((Date.parse(`${SEED_TODAY}T00:00:00Z`) - Date.parse(iso)) / 86_400_000);

export const seedPenalties = (db: Database, counts: SeedCounts, merchants: Merchant[]) => {
    const rnd = streamFor('penalties');
    const penalties: Penalty[] = [];
    let n = 0;
    const nextId = () => `PEN-S${String(++n).padStart(5, '0')}`;

    const make = (rnd: Random, m: Merchant, code: string, measures: Measure[], opts: { proposedDaysAgo: number; durationDays: number | null; status: Penalty['status']; proposer?: string; approver?: string }): Penalty => {
        const ground = GROUNDS.find(g => g.code === code)!;
        const proposedAt = daysAgo(opts.proposedDaysAgo, rnd);
        const proposedBy = opts.proposer ?? rnd.pick(OFFICERS);
        const approvedBy = opts.approver ?? (proposedBy === 'op-compliance' ? rnd.pick(['op-service', 'op-supervisor']) : rnd.pick(['op-compliance', 'op-supervisor']));
        const startsOn = chinaDate(proposedAt);
        const approved = opts.status !== 'proposed' && opts.status !== 'rejected';
        const approvedAt = approved ? daysAgo(Math.max(0, opts.proposedDaysAgo - 1), rnd) : null;
        const endsOn = opts.durationDays === null ? null : addDays(startsOn, opts.durationDays);
        return {
            id: nextId(),
            merchantId: m.id,
            ground: { kind: 'rule', ruleId: ground.ruleId, code, complaintId: null, description: DESCRIPTIONS[code] ?? ground.en },
            measures,
            startsOn,
            endsOn,
            status: opts.status,
            proposedBy,
            proposedAt,
            approvedBy: approved ? approvedBy : null,
            approvedAt,
            endedAt: null,
            endReason: '',
            publish: approved && rnd.chance(0.2),
            appeal: null,
            ledgerEntryIds: [],
            note: '',
            suggestionId: null,
            forfeitureApprovalId: null,
        };
    };

    for (const m of merchants) {
        if (m.status === 'restricted' || m.status === 'suspended') {
            const suspended = m.status === 'suspended';
            // R-PEN-10: the stored status is the lifecycle state; the measure derives the rest.
            m.status = 'active';
            const type = rnd.pick(suspended ? SUSPENDING : RESTRICTING);
            const measures: Measure[] = rnd.chance(0.3) ? [{ type: 'warning' }, { type }] : [{ type }];
            const permanent = !suspended && rnd.chance(0.15);
            const proposedDaysAgo = rnd.int(2, 60);
            // Some end within the week, so "expiring within" has rows; never already past.
            const durationDays = permanent ? null : proposedDaysAgo + rnd.weighted([[rnd.int(1, 7), 30], [rnd.int(8, 120), 70]] as const);
            const p = make(rnd, m, rnd.pick(suspended ? SUSPEND_GROUNDS : RESTRICT_GROUNDS), measures, {
                proposedDaysAgo,
                durationDays,
                status: 'active',
                approver: permanent ? 'op-supervisor' : undefined,
            });
            if (rnd.chance(0.15))
                p.appeal = { submittedAt: daysAgo(Math.max(0, proposedDaysAgo - 2), rnd), statement: 'We have removed the listings concerned and trained our staff; we ask that the measure be lifted. Plan of action attached.', fileIds: [], status: 'pending', decidedBy: null, decidedAt: null, decisionNote: '' };
            penalties.push(p);
        } else if (m.status === 'in_clearance' || (m.status === 'closed' && rnd.chance(0.5))) {
            const started = m.clearanceStartedAt ?? (m.closedAt ? new Date(Date.parse(m.closedAt) - 20 * 86_400_000).toISOString() : daysAgo(10, rnd));
            const p = make(rnd, m, rnd.pick(TERMINATION_GROUNDS), [{ type: 'close_store' }], {
                proposedDaysAgo: sinceDays(started) + 1,
                durationDays: null,
                status: 'active',
                approver: 'op-supervisor',
            });
            p.approvedAt = started;
            if (!m.clearanceStartedAt) m.clearanceStartedAt = started;
            penalties.push(p);
        }
    }

    // History and the queue: expired, lifted, overturned on appeal, rejected, and proposals to decide.
    const trading = merchants.filter(m => m.status === 'active');
    const target = Math.max(counts.penalties, penalties.length + 10);
    while (penalties.length < target && trading.length) {
        const m = rnd.pick(trading);
        const status = rnd.weighted([['expired', 40], ['lifted', 12], ['overturned', 8], ['rejected', 10], ['proposed', 20], ['active', 10]] as const);
        const code = rnd.pick(HISTORY_GROUNDS);
        if (status === 'active') {
            // Warnings and credit points: on record, restricting nothing.
            const measures: Measure[] = rnd.chance(0.5) ? [{ type: 'warning' }] : [{ type: 'warning' }, { type: 'credit_points', points: rnd.pick([2, 4, 6, 12]) }];
            penalties.push(make(rnd, m, code, measures, { proposedDaysAgo: rnd.int(1, 200), durationDays: null, status }));
            continue;
        }
        if (status === 'proposed') {
            const supervisorCase = rnd.chance(0.25);
            const type = rnd.pick([...RESTRICTING, ...SUSPENDING]);
            const p = make(rnd, m, code, supervisorCase ? [{ type }] : [{ type: 'warning' }, { type }], {
                proposedDaysAgo: rnd.int(0, 6),
                durationDays: supervisorCase ? null : rnd.int(14, 90),
                status,
            });
            penalties.push(p);
            continue;
        }
        const proposedDaysAgo = rnd.int(40, 700);
        const durationDays = rnd.int(7, 30);
        const p = make(rnd, m, code, [{ type: rnd.pick([...RESTRICTING, ...SUSPENDING]) }], { proposedDaysAgo, durationDays, status });
        const endDaysAgo = proposedDaysAgo - rnd.int(1, durationDays - 1);
        if (status === 'expired') {
            p.endedAt = `${p.endsOn}T00:00:00+08:00`;
            p.endReason = `End date ${p.endsOn} reached`;
        } else if (status === 'lifted') {
            p.endedAt = daysAgo(endDaysAgo, rnd);
            p.endReason = 'Merchant corrected the listings; measure lifted early.';
        } else if (status === 'overturned') {
            p.appeal = {
                submittedAt: daysAgo(proposedDaysAgo - 1, rnd),
                statement: 'The listings were authorised by the brand owner; the authorisation letter is attached.',
                fileIds: [],
                status: 'overturned',
                decidedBy: 'op-supervisor',
                decidedAt: daysAgo(endDaysAgo, rnd),
                decisionNote: 'Authorisation verified with the brand owner.',
            };
            p.endedAt = p.appeal.decidedAt;
            p.endReason = 'Overturned on appeal: authorisation verified.';
        } else if (status === 'rejected') {
            p.endedAt = daysAgo(proposedDaysAgo - 1, rnd);
            p.endReason = 'Evidence insufficient.';
        }
        penalties.push(p);
    }
    db.load('penalties', penalties);
    db.collection('penalty-suggestion-dismissals');
    return penalties;
};
