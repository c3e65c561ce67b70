// Deposit accounts, ledger histories and approvals (R-DEP-*). Every history is generated with
// the same domain rules the API enforces (planPosting / planReversal), so balances are never
// negative and each balance is the sum of its entries. Cases the console must show: healthy
// accounts, recent and overdue shortfalls (R-DEP-5), amounts owed accruing damages (R-DEP-11),
// reversals (R-DEP-12), performance guarantees (R-DEP-8), closed merchants eligible for a refund,
// refunds waiting for approval by either finance officer, approved refunds awaiting payout (some
// overdue), refunded and closed accounts (R-DEP-7), and large deductions waiting for four eyes.
import {
    addDays,
    applyEntry,
    chinaDate,
    DEDUCTION_GROUNDS,
    DEFAULT_SETTINGS,
    EMPTY_STATE,
    planPosting,
    planReversal,
    requiredAmount,
    type Approval,
    type Category,
    type DepositAccount,
    type LedgerState,
    type Merchant,
    type PostableType,
} from '../../src/domain';
import type { Database } from '../core/db';
import { primeLedgerIndex } from '../services/ledger';
import { ledgerEntryId, SeededLedger, type SeedDraft } from './seededLedger';
import { SeededNotices } from './seededNotices';
import { isoInstant, SEED_ANCHOR, streamFor, type SeedCounts } from './context';
import type { Random } from './random';

const FINANCE = ['op-finance-a', 'op-finance-b'] as const;
const DAY = 86_400_000;
const ANCHOR_MS = Date.parse(SEED_ANCHOR);

const todayDate = chinaDate(SEED_ANCHOR);


class AccountBuilder {
    state: LedgerState = EMPTY_STATE;
    /** What the seed posts to this account, in order: only what the ledger's columns keep (SeededLedger). */
    drafts: SeedDraft[] = [];
    /** When each draft was posted (ms), for ordering the whole ledger without parsing dates. */
    postedMs: number[] = [];
    lastMs: number;
    constructor(
        public account: DepositAccount,
        public rnd: Random,
        startMs: number,
    ) {
        this.lastMs = startMs;
    }

    /** Moves time forward to `ms` (never backwards: entries of an account are in time order), never past the seed's "now". */
    private when(ms: number): number {
        let t = Math.max(ms, this.lastMs + 3_600_000);
        if (t > ANCHOR_MS - 3_600_000) t = Math.max(this.lastMs + 60_000, ANCHOR_MS - 3_600_000);
        this.lastMs = t;
        return t;
    }

    post(type: PostableType, amount: number, ms: number, extra: Pick<Partial<SeedDraft>, 'approvalId' | 'postedBy'> = {}): SeedDraft | null {
        const plan = planPosting(this.state, type, amount);
        if (!plan.ok || amount <= 0) return null;
        const postedMs = this.when(ms);
        // The draws in this order: ground, operator, note (the seed's random stream).
        const ground = type === 'deduction' ? this.rnd.pick(DEDUCTION_GROUNDS) : null;
        const postedBy = this.rnd.pick(FINANCE);
        const note = NOTES[type](this.rnd);
        const entry: SeedDraft = {
            index: this.drafts.length,
            type,
            direction: type === 'deposit' || type === 'top_up' ? 'credit' : 'debit',
            amount,
            ground,
            reverses: -1,
            approvalId: extra.approvalId ?? null,
            owedAmount: plan.owedAmount,
            owedSettled: plan.owedSettled,
            postedBy: extra.postedBy ?? postedBy,
            note,
        };
        this.state = applyEntry(this.state, entry, null, chinaDate(postedMs));
        this.drafts.push(entry);
        this.postedMs.push(postedMs);
        return entry;
    }

    /** When a draft was posted, as the ledger will show it (the drafts themselves carry no instant). */
    postedAtOf(draft: SeedDraft): string {
        return isoInstant(Math.trunc(this.postedMs[draft.index]));
    }

    reverse(target: SeedDraft, ms: number): SeedDraft | null {
        if (this.drafts.some(d => d.reverses === target.index)) return null;
        const plan = planReversal(this.state, target);
        if (!plan.ok) return null;
        const postedMs = this.when(ms);
        const entry: SeedDraft = {
            index: this.drafts.length,
            type: 'reversal',
            direction: target.direction === 'credit' ? 'debit' : 'credit',
            amount: target.amount,
            ground: null,
            reverses: target.index,
            approvalId: null,
            owedAmount: plan.owedAmount,
            owedSettled: plan.owedSettled,
            postedBy: this.rnd.pick(FINANCE),
            note: this.rnd.pick(['Posted to the wrong account', 'Amount keyed incorrectly', 'Deduction overturned on review', 'Bank returned the transfer']),
        };
        this.state = applyEntry(this.state, entry, target.type, chinaDate(postedMs));
        this.drafts.push(entry);
        this.postedMs.push(postedMs);
        return entry;
    }
}

const NOTES: Record<PostableType, (rnd: Random) => string> = {
    deposit: rnd => rnd.pick(['Initial security deposit received by bank transfer', '保证金首缴 bank transfer received', 'Initial deposit, remittance confirmed']),
    top_up: rnd => rnd.pick(['Top-up after deduction notice', '保证金补缴', 'Top-up received, shortfall cleared']),
    deduction: rnd => rnd.pick(['Buyer compensation unpaid after decision', 'Liquidated damages under the service agreement', 'Platform fine passed on', 'Listing violation under platform rules']),
    refund: () => 'Deposit released after the merchant left (R-DEP-7)',
    forfeiture: () => 'Forfeited on termination (R-DEP-10)',
    transfer_to_guarantee: () => 'Moved to the performance-guarantee deposit backing the bank guarantee (R-DEP-8)',
};

type Scenario = 'healthy' | 'short_recent' | 'short_overdue' | 'owed' | 'guarantee' | 'large_pending';

export const seedDeposits = (db: Database, counts: SeedCounts) => {
    const rnd = streamFor('deposits');
    const categories = new Map(db.all<Category>('categories').map(c => [c.id, c]));
    const merchants = db.all<Merchant>('merchants').filter(m => ['active', 'restricted', 'suspended', 'in_clearance', 'closed'].includes(m.status));
    const accounts: DepositAccount[] = [];
    const builders: AccountBuilder[] = [];
    const approvals: Approval[] = [];
    const bigAccountEntries = counts.merchants >= 10_000 ? 500 : counts.merchants >= 1000 ? 150 : 40;
    const perAccount = Math.max(2, (0.9 * (counts.ledgerEntries - bigAccountEntries)) / Math.max(1, merchants.length));
    /** Approvals that name the entry they posted: its id is known once the ledger is in order. */
    const entryLinks: Array<{ approval: Approval; builder: number; draft: number }> = [];
    const link = (approval: Approval, builder: number, entry: SeedDraft) => {
        entryLinks.push({ approval, builder, draft: entry.index });
        return approval;
    };
    let approvalSeq = 0;
    const approvalId = () => `APR-${String(++approvalSeq).padStart(6, '0')}`;
    let closedCount = 0;
    let refundRequester = 0;

    merchants.forEach((m, index) => {
        const currency = m.depositCurrency;
        const required = requiredAmount(m.categoryIds, categories, currency, DEFAULT_SETTINGS);
        const unit = currency === 'CNY' ? 100 : 20; // minor units of 1 CNY, about the same in USD
        const openedMs = Date.parse(m.approvedAt ?? m.registeredAt);
        const account: DepositAccount = {
            id: `DA-${String(index + 1).padStart(6, '0')}`,
            merchantId: m.id,
            currency,
            status: 'open',
            guarantee: null,
            openedAt: new Date(openedMs).toISOString(),
            closedAt: null,
        };
        accounts.push(account);
        const b = new AccountBuilder(account, rnd, openedMs);
        builders.push(b);
        const leftMs = m.closedAt ? Date.parse(m.closedAt) : m.clearanceStartedAt ? Date.parse(m.clearanceStartedAt) : null;
        const endMs = Math.min(ANCHOR_MS - DAY, leftMs ?? ANCHOR_MS - DAY);
        const big = index === 0;
        const events = big ? bigAccountEntries : Math.max(1, Math.round(rnd.next() * 2 * perAccount));
        const scenario: Scenario = leftMs
            ? 'healthy'
            : rnd.weighted([
                  ['healthy', 74],
                  ['short_recent', 7],
                  ['short_overdue', 9],
                  ['owed', 4],
                  ['guarantee', 3],
                  ['large_pending', 3],
              ] as const);

        // R-DEP-2: the deposit is paid before any category opens.
        b.post('deposit', required, openedMs + rnd.int(0, 2) * DAY);
        const historyEnd = scenario === 'healthy' || scenario === 'guarantee' || scenario === 'large_pending' ? endMs : endMs - 100 * DAY;
        const step = Math.max(DAY / 4, (Math.max(historyEnd, openedMs + DAY) - openedMs) / (events + 1));
        let t = openedMs + step;
        let posted = 1;
        while (posted < events - (scenario === 'healthy' ? 0 : 1) && t < historyEnd) {
            const roll = rnd.next();
            const last = b.drafts[b.drafts.length - 1];
            if (roll < 0.06 && last.type !== 'reversal' && last.type !== 'deposit') {
                if (b.reverse(last, t)) posted++;
            } else if (b.state.balance + 0 < required) {
                if (b.post('top_up', required - b.state.balance + b.state.owed, t + rnd.int(1, 10) * DAY)) posted++;
            } else {
                const amount = rnd.int(3, Math.min(50, Math.floor(DEFAULT_SETTINGS.deductionApprovalThreshold[currency] / unit / 100))) * 100 * unit;
                if (b.post('deduction', amount, t)) posted++;
            }
            t += step * (0.5 + rnd.next());
        }
        // Close the history so healthy accounts end covered.
        if (b.state.balance < required)
            b.post('top_up', required - b.state.balance + b.state.owed, Math.min(endMs, b.lastMs + rnd.int(1, 10) * DAY));

        const small = (n: number) => rnd.int(5, n) * 100 * unit;
        if (scenario === 'short_recent') b.post('deduction', Math.min(b.state.balance, small(40)), ANCHOR_MS - rnd.int(1, 12) * DAY);
        if (scenario === 'short_overdue') b.post('deduction', Math.min(b.state.balance, small(45)), ANCHOR_MS - rnd.int(17, 90) * DAY);
        if (scenario === 'owed') {
            // R-DEP-12: the balance goes to zero, the rest becomes owed (approved: above the threshold).
            const amount = b.state.balance + small(30);
            const approver = rnd.pick(FINANCE);
            const requester = approver === FINANCE[0] ? FINANCE[1] : FINANCE[0];
            const id = approvalId();
            const requestedMs = ANCHOR_MS - rnd.int(5, 60) * DAY;
            const entry = b.post('deduction', amount, requestedMs + DAY, { approvalId: id, postedBy: approver });
            if (entry)
                approvals.push(link(approvalRecord(id, 'deduction', account, amount, entry.ground, requester, new Date(requestedMs).toISOString(), 'approved', approver, b.postedAtOf(entry), entry.note, null), index, entry));
        }
        if (scenario === 'guarantee') {
            // R-DEP-8: a bank guarantee covers the requirement; part of the cash moved to the guarantee deposit.
            account.guarantee = {
                bank: rnd.pick(['中国银行 Bank of China', '中国工商银行 ICBC', '招商银行 China Merchants Bank']),
                reference: `LG-${m.id.slice(2)}-${rnd.int(1000, 9999)}`,
                amount: required,
                expiresOn: addDays(todayDate, rnd.int(-20, 700)),
            };
            b.post('transfer_to_guarantee', Math.floor(b.state.balance / 2 / 100) * 100, ANCHOR_MS - rnd.int(20, 200) * DAY);
        }
        if (scenario === 'large_pending') {
            const requester = FINANCE[index % 2];
            const amount = DEFAULT_SETTINGS.deductionApprovalThreshold[currency] + small(40);
            approvals.push(
                approvalRecord(approvalId(), 'deduction', account, amount, rnd.pick(DEDUCTION_GROUNDS), requester, new Date(ANCHOR_MS - rnd.int(0, 6) * DAY - rnd.int(1, 8) * 3_600_000).toISOString(), 'pending', null, null, 'Serious breach: compensation to several buyers unpaid', null),
            );
        }

        if (m.status === 'closed' && leftMs) {
            // R-DEP-7 cases, in turn: refundable (left alone), pending refund, approved awaiting payout, refunded and closed.
            const kind = closedCount++ % 5;
            const eligibleMs = Date.parse(`${addDays(chinaDate(new Date(leftMs)), 92)}T09:00:00+08:00`);
            if (b.state.balance > 0 && eligibleMs < ANCHOR_MS - DAY) {
                const balance = b.state.balance;
                if (kind === 1) {
                    const requester = FINANCE[refundRequester++ % 2];
                    approvals.push(approvalRecord(approvalId(), 'refund', account, balance, null, requester, new Date(Math.max(eligibleMs, ANCHOR_MS - rnd.int(1, 9) * DAY)).toISOString(), 'pending', null, null, NOTES.refund(rnd), null));
                } else if (kind === 2 || kind === 3) {
                    const requester = rnd.pick(FINANCE);
                    const approver = requester === FINANCE[0] ? FINANCE[1] : FINANCE[0];
                    // kind 3: approved long enough ago that the payout is overdue (R-DEP-7, 30 days).
                    const approvedMs = Math.max(eligibleMs + DAY, ANCHOR_MS - (kind === 3 ? rnd.int(32, 45) : rnd.int(2, 20)) * DAY);
                    if (approvedMs < ANCHOR_MS) {
                        const id = approvalId();
                        const entry = b.post('refund', balance, approvedMs, { approvalId: id, postedBy: approver });
                        if (entry) {
                            const a = link(approvalRecord(id, 'refund', account, balance, null, requester, new Date(approvedMs - DAY).toISOString(), 'approved', approver, b.postedAtOf(entry), entry.note, null), index, entry);
                            a.payoutDueDate = addDays(chinaDate(a.decidedAt!), DEFAULT_SETTINGS.refundPayoutDays);
                            approvals.push(a);
                        }
                    }
                } else if (kind === 4) {
                    const requester = rnd.pick(FINANCE);
                    const approver = requester === FINANCE[0] ? FINANCE[1] : FINANCE[0];
                    const approvedMs = Math.min(ANCHOR_MS - 40 * DAY, eligibleMs + rnd.int(1, 20) * DAY);
                    if (approvedMs > eligibleMs) {
                        const id = approvalId();
                        const entry = b.post('refund', balance, approvedMs, { approvalId: id, postedBy: approver });
                        if (entry) {
                            const a = link(approvalRecord(id, 'refund', account, balance, null, requester, new Date(approvedMs - DAY).toISOString(), 'approved', approver, b.postedAtOf(entry), entry.note, null), index, entry);
                            a.payoutDueDate = addDays(chinaDate(a.decidedAt!), DEFAULT_SETTINGS.refundPayoutDays);
                            a.paidOutAt = new Date(approvedMs + rnd.int(3, 20) * DAY).toISOString();
                            a.paidOutBy = approver;
                            approvals.push(a);
                            account.status = 'closed';
                            account.closedAt = a.paidOutAt;
                        }
                    }
                }
            }
        }
    });

    // Ids in time order across the whole ledger: the id sequence is the ledger order.
    // Ordered by posting time as a number: the same order as comparing the ISO strings (one
    // format, whole milliseconds), without comparing 100,000 strings character by character;
    // ties in account order, as the accounts were generated. A draft's rank in that order is
    // its entry's number (rank 0 is LE-000001). The seed's ledger is stored by rank
    // (SeededLedger) without making the entries' final ids and keys here (issue 8).
    const owner: number[] = [];
    const draftOf: number[] = [];
    const times: number[] = [];
    builders.forEach((b, bi) => {
        b.postedMs.forEach((t, j) => {
            owner.push(bi);
            draftOf.push(j);
            times.push(Math.trunc(t));
        });
    });
    const order = Array.from(times, (_, i) => i).sort((a, b) => times[a] - times[b]);
    const ranks = builders.map(b => new Int32Array(b.drafts.length));
    order.forEach((i, rank) => {
        ranks[owner[i]][draftOf[i]] = rank;
    });
    for (const { approval, builder, draft } of entryLinks) approval.entryId = ledgerEntryId(ranks[builder][draft]);

    // The ledger is kept column-wise and made on first use (issue 8): the first pages read a few
    // accounts' entries (the part's source), not 100,000 entry objects. Entries are append-only,
    // so what the seed made is what the ledger holds until an operator posts.
    const seeded = new SeededLedger(
        accounts,
        builders.map((b, bi) => ({ drafts: b.drafts, postedMs: b.postedMs, ranks: ranks[bi] })),
    );
    db.load('deposit-accounts', accounts);
    // On demand: its counter (LE) is set below, and the worker does not build it ahead when idle.
    db.defer(['ledger-entries'], ledgerOf(db, seeded), { onDemand: true, source: seeded });
    db.load('approvals', approvals);
    // R-DEP-4: each deduction was notified with its reason and amount (e-mail and in-site
    // letter). About 80,000 notices on the large seed, made from the ledger's columns: one
    // merchant's when its notices tab reads them, all of them only on demand (issue 8). The
    // seed's notices take no counter (NTC-DEP-…), so a new id does not need them.
    const notices = new SeededNotices(seeded);
    db.defer(['notices'], noticesOf(db, notices), { onDemand: true, source: notices });
    // New ids continue after the seed's.
    db.meta.counters.LE = Math.max(db.meta.counters.LE ?? 0, seeded.size);
    db.meta.counters.APR = Math.max(db.meta.counters.APR ?? 0, approvalSeq);
    db.meta.counters.DA = Math.max(db.meta.counters.DA ?? 0, accounts.length);
};

/**
 * The generators of the deferred ledger and notices, made outside seedDeposits on purpose: a
 * closure made inside it would keep that function's whole scope alive until they are built (the
 * builders with their drafts and the ordering arrays, ~15 MB on the large seed).
 */
const ledgerOf = (db: Database, seeded: SeededLedger) => () => {
    db.load('ledger-entries', seeded.all());
    primeLedgerIndex(db, seeded.byAccount());
};
const noticesOf = (db: Database, notices: SeededNotices) => () => db.load('notices', notices.all());

const approvalRecord = (
    id: string,
    kind: Approval['kind'],
    account: DepositAccount,
    amount: number,
    ground: Approval['ground'],
    requestedBy: string,
    requestedAt: string,
    status: Approval['status'],
    decidedBy: string | null,
    decidedAt: string | null,
    note: string,
    entryId: string | null,
): Approval => ({
    id,
    kind,
    status,
    merchantId: account.merchantId,
    accountId: account.id,
    penaltyId: null,
    amount,
    currency: account.currency,
    ground,
    complaintId: null,
    note,
    requestedBy,
    requestedAt,
    decidedBy,
    decidedAt,
    decisionNote: status === 'approved' ? 'Checked against the bank statement' : '',
    entryId,
    payoutDueDate: null,
    paidOutAt: null,
    paidOutBy: null,
    idempotencyKey: `seed:${id}`,
});
