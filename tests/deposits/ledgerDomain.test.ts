// Pure ledger rules (src/domain/ledger.ts): R-DEP-1, R-DEP-5, R-DEP-7, R-DEP-11, R-DEP-12, R-DEP-13, R-DEP-14.
import { describe, expect, it } from 'vitest';
import {
    applyEntry,
    balanceEffect,
    chinaDate,
    deriveLedger,
    DEFAULT_SETTINGS,
    EMPTY_STATE,
    liquidatedDamages,
    needsFourEyes,
    planPosting,
    planReversal,
    refundEligibility,
    requiredAmount,
    shortfallInfo,
    validatePosting,
    type Category,
    type LedgerEntry,
    type RefundFacts,
} from '../../src/domain';

let seq = 0;
const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
    id: `LE-${String(++seq).padStart(6, '0')}`,
    accountId: 'DA-1',
    merchantId: 'm-1',
    type: 'deposit',
    direction: 'credit',
    amount: 0,
    currency: 'CNY',
    ground: null,
    complaintId: null,
    penaltyId: null,
    reversesEntryId: null,
    approvalId: null,
    owedAmount: 0,
    owedSettled: 0,
    postedBy: 'op-finance-a',
    postedAt: '2026-11-01T02:00:00.000Z',
    note: 'n',
    idempotencyKey: `k${seq}`,
    ...over,
});

const cat = (id: string, cny: number, usd: number): Category => ({ id, code: id, nameZh: id, nameEn: id, requiredDeposit: { CNY: cny, USD: usd } });

describe('ledger domain', () => {
    it('R-DEP-12 derives the balance and the running balance from the entries in posting order', () => {
        const d1 = entry({ type: 'deposit', amount: 1_000_000 });
        const d2 = entry({ type: 'deduction', direction: 'debit', amount: 300_000, ground: 'platform_loss' });
        const d3 = entry({ type: 'top_up', amount: 50_000 });
        const derived = deriveLedger([d3, d1, d2], chinaDate);
        expect(derived.state.balance).toBe(750_000);
        expect([...derived.balanceAfter.entries()]).toEqual([
            [d1.id, 1_000_000],
            [d2.id, 700_000],
            [d3.id, 750_000],
        ]);
    });

    it('R-DEP-12 a deduction larger than the balance takes it to zero and the rest becomes owed; a credit settles owed first', () => {
        const plan = planPosting({ ...EMPTY_STATE, balance: 100 }, 'deduction', 250);
        expect(plan).toEqual({ ok: true, owedAmount: 150, owedSettled: 0 });
        let state = applyEntry({ ...EMPTY_STATE, balance: 100 }, entry({ type: 'deduction', direction: 'debit', amount: 250, owedAmount: 150 }), null, '2026-11-01');
        expect(state).toMatchObject({ balance: 0, owed: 150, owedSince: '2026-11-01' });
        const credit = planPosting(state, 'top_up', 400);
        expect(credit).toEqual({ ok: true, owedAmount: 0, owedSettled: 150 });
        state = applyEntry(state, entry({ type: 'top_up', amount: 400, owedSettled: 150 }), null, '2026-11-03');
        expect(state).toMatchObject({ balance: 250, owed: 0, owedSince: null });
    });

    it('R-DEP-12 refunds, forfeitures and transfers never overdraw; a refund waits until nothing is owed', () => {
        expect(planPosting({ ...EMPTY_STATE, balance: 100 }, 'refund', 101).ok).toBe(false);
        expect(planPosting({ ...EMPTY_STATE, balance: 100 }, 'forfeiture', 100).ok).toBe(true);
        expect(planPosting({ ...EMPTY_STATE, balance: 100 }, 'transfer_to_guarantee', 200).ok).toBe(false);
        expect(planPosting({ ...EMPTY_STATE, balance: 100, owed: 5, owedSince: '2026-01-01' }, 'refund', 50).ok).toBe(false);
    });

    it('R-DEP-12 reversing a credit that would overdraw is refused; reversing a deduction cancels what is still owed of it', () => {
        const topUp = entry({ type: 'top_up', amount: 500 });
        expect(planReversal({ ...EMPTY_STATE, balance: 400 }, topUp).ok).toBe(false);
        const ded = entry({ type: 'deduction', direction: 'debit', amount: 1_000, owedAmount: 400 });
        expect(planReversal({ ...EMPTY_STATE, balance: 0, owed: 400, owedSince: '2026-01-01' }, ded)).toEqual({ ok: true, owedAmount: 0, owedSettled: 400 });
        // The owed part was paid by a later top-up: the reversal gives the whole amount back to the balance.
        expect(planReversal({ ...EMPTY_STATE, balance: 100 }, ded)).toEqual({ ok: true, owedAmount: 0, owedSettled: 0 });
        const reversal = entry({ type: 'reversal', direction: 'credit', amount: 1_000, owedSettled: 0, reversesEntryId: ded.id });
        expect(balanceEffect(reversal)).toBe(1_000);
        expect(planReversal(EMPTY_STATE, reversal).ok).toBe(false);
    });

    it('R-DEP-1 requires the highest of the merchant categories in the account currency, not the sum', () => {
        const cats = [cat('a', 1_000_000, 200_000), cat('b', 3_000_000, 500_000), cat('c', 1_500_000, 600_000)];
        expect(requiredAmount(['a', 'b', 'c'], cats, 'CNY', DEFAULT_SETTINGS)).toBe(3_000_000);
        expect(requiredAmount(['a', 'b', 'c'], cats, 'USD', DEFAULT_SETTINGS)).toBe(600_000);
        expect(requiredAmount([], cats, 'CNY', DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS.standardDeposit.CNY);
    });

    it('R-DEP-5 the top-up is due 15 days after the balance fell below the requirement, flagged when overdue', () => {
        const timeline = [
            { date: '2026-01-10', balance: 1_000_000 },
            { date: '2026-10-01', balance: 900_000 },
            { date: '2026-10-20', balance: 800_000 },
        ];
        const base = { balance: 800_000, required: 1_000_000, guaranteeCover: 0, timeline, openedOn: '2026-01-10', settings: DEFAULT_SETTINGS };
        expect(shortfallInfo({ ...base, today: '2026-10-16' })).toMatchObject({ shortfall: 200_000, shortfallSince: '2026-10-01', topUpDueDate: '2026-10-16', topUpOverdue: false });
        expect(shortfallInfo({ ...base, today: '2026-10-17' }).topUpOverdue).toBe(true);
        // R-DEP-8: a valid guarantee covers the requirement.
        expect(shortfallInfo({ ...base, guaranteeCover: 200_000, today: '2026-11-20' }).shortfall).toBe(0);
        // Never covered: short since the account opened.
        expect(shortfallInfo({ ...base, timeline: [{ date: '2026-03-02', balance: 500_000 }], balance: 500_000, openedOn: '2026-03-01', today: '2026-11-20' }).shortfallSince).toBe('2026-03-01');
        // At least half the requirement short and overdue: restrictive measures may be proposed.
        expect(shortfallInfo({ ...base, balance: 400_000, today: '2026-11-20' }).measuresProposable).toBe(true);
        expect(shortfallInfo({ ...base, today: '2026-11-20' }).measuresProposable).toBe(false);
    });

    it('R-DEP-11 accrues liquidated damages per day on the amount owed, with the days counted', () => {
        expect(liquidatedDamages(100_000, '2026-11-01', '2026-11-11', 50, 'CNY')).toEqual({ amount: 5_000, days: 10, rateBasisPoints: 50, since: '2026-11-01' });
        expect(liquidatedDamages(333, '2026-11-01', '2026-11-04', 50, 'CNY')!.amount).toBe(5); // 4.995 rounds half up
        expect(liquidatedDamages(0, null, '2026-11-11', 50, 'CNY')).toBeNull();
    });

    const facts = (over: Partial<RefundFacts> = {}): RefundFacts => ({
        merchantStatus: 'closed',
        leftOn: '2026-06-01',
        openTransactions: 0,
        openDisputes: 0,
        openComplaints: 0,
        penaltiesInForce: 0,
        lastActivityOn: null,
        balance: 1_000_000,
        owed: 0,
        refundPending: false,
        accountOpen: true,
        today: '2026-11-20',
        quietMonths: 3,
        ...over,
    });

    it('R-DEP-7 a closed merchant quiet for three consecutive months is eligible, with every reason stated', () => {
        const r = refundEligibility(facts());
        expect(r.eligible).toBe(true);
        expect(r.quietUntil).toBe('2026-09-01');
        expect(r.reasons.every(x => x.ok)).toBe(true);
        expect(r.reasons.map(x => x.code)).toEqual(['left', 'transactions', 'disputes', 'complaints', 'penalties', 'quiet', 'balance', 'pending', 'account_open']);
    });

    it('R-DEP-7 refuses an active merchant, an open complaint, a recent penalty end, an amount owed, a pending refund', () => {
        const failing = (over: Partial<RefundFacts>) => refundEligibility(facts(over)).reasons.filter(r => !r.ok).map(r => r.code);
        expect(failing({ merchantStatus: 'active', leftOn: null })).toEqual(['left', 'quiet_pending']);
        expect(failing({ openComplaints: 1 })).toEqual(['complaints']);
        expect(failing({ lastActivityOn: '2026-10-01' })).toEqual(['quiet']);
        expect(failing({ owed: 10 })).toEqual(['balance']);
        expect(failing({ refundPending: true })).toEqual(['pending']);
        expect(failing({ merchantStatus: 'in_clearance', leftOn: '2026-11-01' })).toEqual(['quiet']);
    });

    it('R-DEP-13 refunds and forfeitures always need four eyes; deductions only above the threshold', () => {
        expect(needsFourEyes('refund', 1, 'CNY', DEFAULT_SETTINGS)).toBe(true);
        expect(needsFourEyes('forfeiture', 1, 'USD', DEFAULT_SETTINGS)).toBe(true);
        expect(needsFourEyes('deduction', DEFAULT_SETTINGS.deductionApprovalThreshold.CNY, 'CNY', DEFAULT_SETTINGS)).toBe(false);
        expect(needsFourEyes('deduction', DEFAULT_SETTINGS.deductionApprovalThreshold.CNY + 1, 'CNY', DEFAULT_SETTINGS)).toBe(true);
        expect(needsFourEyes('top_up', 10 ** 9, 'CNY', DEFAULT_SETTINGS)).toBe(false);
    });

    it('R-DEP-14 validates a posting: type, positive integer amount under the maximum, same currency, ground, note', () => {
        const ok = validatePosting({ type: 'deduction', amount: 100, currency: 'CNY', ground: 'platform_loss', note: 'x' }, { currency: 'CNY' });
        expect(ok).toEqual({});
        const bad = validatePosting({ type: 'reversal', amount: 1.5, currency: 'USD', ground: 'x', note: ' ' }, { currency: 'CNY' });
        expect(Object.keys(bad).sort()).toEqual(['amount', 'currency', 'ground', 'note', 'type']);
        expect(validatePosting({ type: 'top_up', amount: 100, ground: 'platform_loss', note: 'x' }, { currency: 'CNY' })).toHaveProperty('ground');
        expect(validatePosting({ type: 'deduction', amount: 100, note: 'x' }, { currency: 'CNY' }).ground).toMatch(/R-DEP-3/);
        expect(validatePosting({ type: 'top_up', amount: 10_000_000_001, note: 'x' }, { currency: 'CNY' })).toHaveProperty('amount');
    });
});
