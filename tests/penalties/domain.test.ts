// Pure rules of src/domain/penalties.ts on crafted data.
import { describe, expect, it } from 'vitest';
import {
    approvalRefusal,
    clearanceState,
    deriveMerchantStatus,
    detectGrounds,
    isDueToExpire,
    isInForce,
    liftRefusal,
    MEASURE_TYPES,
    MEASURES,
    publicNotice,
    validateProposal,
    type MerchantActivity,
} from '../../src/domain';

const T = { inactivityTerminationDays: 180, spamSuggestionThreshold: 20, blockListedSuggestionThreshold: 10 };
const quiet: MerchantActivity = {
    firstLoginAt: '2026-01-02T02:00:00Z',
    lastLoginAt: '2026-11-18T02:00:00Z',
    shopOpenedAt: '2026-01-05T02:00:00Z',
    shopDecoratedAt: '2026-01-10T02:00:00Z',
    oldestUnansweredInquiryAt: null,
    unansweredInquiries: 0,
    spamInquiriesLast30Days: 0,
    blockListedByBusinesses: 0,
    openTransactions: 0,
    openDisputes: 0,
};
const merchant = (activity: Partial<MerchantActivity>, registeredAt = '2026-01-01T02:00:00Z') => ({ registeredAt, activity: { ...quiet, ...activity } });
const kinds = (m: ReturnType<typeof merchant>, today = '2026-11-20') => detectGrounds(m, today, T).map(g => g.kind);

describe('R-PEN-1 measure catalogue', () => {
    it('R-PEN-1 describes every measure with what it blocks in both languages', () => {
        for (const t of MEASURE_TYPES) {
            expect(MEASURES[t].blocks.en.length).toBeGreaterThan(5);
            expect(MEASURES[t].blocks.zh.length).toBeGreaterThan(2);
        }
        expect(MEASURES.close_store.permanentOnly).toBe(true);
        expect(MEASURES.deposit_deduction.money && MEASURES.liquidated_damages.money).toBe(true);
    });
});

describe('R-PEN-10 status derivation', () => {
    it('R-PEN-10 derives restricted, suspended and in_clearance from measures in force', () => {
        expect(deriveMerchantStatus('active', [])).toBe('active');
        expect(deriveMerchantStatus('active', ['warning', 'credit_points'])).toBe('active');
        expect(deriveMerchantStatus('active', ['delist_products'])).toBe('restricted');
        expect(deriveMerchantStatus('active', ['delist_products', 'freeze_transactions'])).toBe('suspended');
        expect(deriveMerchantStatus('active', ['close_store'])).toBe('in_clearance');
    });
    it('R-PEN-10 leaves registration and leaving states alone', () => {
        expect(deriveMerchantStatus('pending_review', ['freeze_transactions'])).toBe('pending_review');
        expect(deriveMerchantStatus('closed', ['freeze_transactions'])).toBe('closed');
        expect(deriveMerchantStatus('in_clearance', [])).toBe('in_clearance');
    });
    it('R-PEN-2 a penalty is in force from its start until its end date, when it is due to expire', () => {
        const p = { status: 'active' as const, startsOn: '2026-11-10', endsOn: '2026-11-20' };
        expect(isInForce(p, '2026-11-09')).toBe(false);
        expect(isInForce(p, '2026-11-19')).toBe(true);
        expect(isInForce(p, '2026-11-20')).toBe(false);
        expect(isDueToExpire(p, '2026-11-19')).toBe(false);
        expect(isDueToExpire(p, '2026-11-20')).toBe(true);
        expect(isInForce({ ...p, status: 'proposed' }, '2026-11-15')).toBe(false);
        expect(isInForce({ ...p, endsOn: null }, '2030-01-01')).toBe(true);
    });
});

describe('R-PEN-2 who may approve', () => {
    const temp = { measures: [{ type: 'freeze_transactions' as const }], endsOn: '2026-12-01', proposedBy: 'op-compliance' };
    it('R-PEN-2 refuses the proposer (second person)', () => {
        expect(approvalRefusal(temp, { id: 'op-compliance', role: 'compliance' })?.code).toBe('own_proposal');
        expect(approvalRefusal(temp, { id: 'op-service', role: 'customer_service' })).toBeNull();
    });
    it('R-PEN-2 reserves permanent measures, closure and liquidated damages to the supervisor', () => {
        const cases = [
            { ...temp, endsOn: null },
            { ...temp, measures: [{ type: 'close_store' as const }], endsOn: null },
            { ...temp, measures: [{ type: 'liquidated_damages' as const, amount: 1, currency: 'CNY' as const }] },
        ];
        for (const c of cases) {
            expect(approvalRefusal(c, { id: 'op-service', role: 'customer_service' })?.code).toBe('supervisor_only');
            expect(approvalRefusal(c, { id: 'op-supervisor', role: 'supervisor' })).toBeNull();
        }
        // A one-off warning without end date is not "permanent".
        expect(approvalRefusal({ ...temp, measures: [{ type: 'warning' }], endsOn: null }, { id: 'op-service', role: 'customer_service' })).toBeNull();
    });
    it('RULES role table: only the supervisor lifts a permanent measure', () => {
        expect(liftRefusal({ measures: [{ type: 'delist_products' }], endsOn: null }, 'compliance')).toMatch(/supervisor/);
        expect(liftRefusal({ measures: [{ type: 'delist_products' }], endsOn: null }, 'supervisor')).toBeNull();
        expect(liftRefusal({ measures: [{ type: 'delist_products' }], endsOn: '2026-12-01' }, 'compliance')).toBeNull();
    });
});

describe('R-PEN-3 / R-PEN-5 detection on crafted activity', () => {
    it('finds nothing for a well-behaved merchant', () => {
        expect(kinds(merchant({}))).toEqual([]);
    });
    it('R-PEN-3 no login within one month of registration: never, or late', () => {
        expect(kinds(merchant({ firstLoginAt: null, lastLoginAt: null }, '2026-10-01T02:00:00Z'))).toContain('no_login_first_month');
        expect(kinds(merchant({ firstLoginAt: null, lastLoginAt: null }, '2026-11-01T02:00:00Z'))).not.toContain('no_login_first_month');
        const late = detectGrounds(merchant({ firstLoginAt: '2026-02-05T02:00:00Z' }), '2026-11-20', T).find(g => g.kind === 'no_login_first_month');
        expect(late?.evidence).toMatchObject({ registeredOn: '2026-01-01', loginDeadline: '2026-02-01', firstLoginOn: '2026-02-05' });
    });
    it('R-PEN-3 shop not decorated within two weeks of opening', () => {
        expect(kinds(merchant({ shopDecoratedAt: null }))).toContain('shop_not_decorated');
        expect(kinds(merchant({ shopDecoratedAt: '2026-01-19T02:00:00Z' }))).not.toContain('shop_not_decorated'); // day 14
        expect(kinds(merchant({ shopDecoratedAt: '2026-01-20T02:00:00Z' }))).toContain('shop_not_decorated'); // day 15
        expect(kinds(merchant({ shopOpenedAt: '2026-11-10T02:00:00Z', shopDecoratedAt: null }))).not.toContain('shop_not_decorated');
    });
    it('R-PEN-3 inquiries unanswered for one month', () => {
        expect(kinds(merchant({ oldestUnansweredInquiryAt: '2026-10-20T02:00:00Z', unansweredInquiries: 3 }))).toContain('inquiries_unanswered');
        expect(kinds(merchant({ oldestUnansweredInquiryAt: '2026-10-21T02:00:00Z', unansweredInquiries: 3 }))).not.toContain('inquiries_unanswered');
    });
    it('R-PEN-3 frequent spam or block-listed by many businesses, at the settings thresholds', () => {
        expect(kinds(merchant({ spamInquiriesLast30Days: 19, blockListedByBusinesses: 9 }))).not.toContain('spam_block_listed');
        expect(kinds(merchant({ spamInquiriesLast30Days: 20 }))).toContain('spam_block_listed');
        expect(kinds(merchant({ blockListedByBusinesses: 10 }))).toContain('spam_block_listed');
    });
    it('R-PEN-5 over 180 days without login', () => {
        // 2026-05-23 is 181 days before 2026-11-20; 2026-05-24 is 180.
        expect(kinds(merchant({ lastLoginAt: '2026-05-23T02:00:00Z' }))).toContain('inactive_180_days');
        expect(kinds(merchant({ lastLoginAt: '2026-05-24T02:00:00Z' }))).not.toContain('inactive_180_days');
    });
});

describe('R-PEN-2 proposal validation', () => {
    const valid = { merchantId: 'm-1', ground: { kind: 'rule', code: 'bribery', description: 'Paid a buyer’s agent to win orders.' }, measures: [{ type: 'close_store' }, { type: 'liquidated_damages', amount: 10_000_000, currency: 'CNY' }], startsOn: '2026-11-20', endsOn: null };
    it('accepts a complete bribery proposal (R-PEN-6)', () => {
        expect(validateProposal(valid, '2026-11-20', 'CNY')).toEqual({});
    });
    it('R-DEP-14 refuses an amount in another currency than the deposit', () => {
        expect(validateProposal(valid, '2026-11-20', 'USD')['measures.liquidated_damages.currency']).toMatch(/R-DEP-14/);
    });
    it('refuses an end before the start and a missing ground', () => {
        const e = validateProposal({ ...valid, measures: [{ type: 'warning' }], endsOn: '2026-11-19', ground: { kind: 'rule', description: 'x' } }, '2026-11-20', 'CNY');
        expect(Object.keys(e).sort()).toEqual(['endsOn', 'ground.code', 'ground.description']);
    });
});

describe('R-PEN-9 clearance checklist', () => {
    it('R-PEN-9 counts 20 days and lists what remains', () => {
        const s = clearanceState('2026-11-10T02:00:00Z', { openTransactions: 2, openDisputes: 0, openComplaints: 1, openPenalties: 0, owed: 0 }, '2026-11-20', 20);
        expect(s).toMatchObject({ startedOn: '2026-11-10', dueOn: '2026-11-30', daysLeft: 10, overdue: false, complete: false });
        expect(s.items.filter(i => !i.done).map(i => i.key)).toEqual(['transactions', 'disputes']);
        const done = clearanceState('2026-10-01T02:00:00Z', { openTransactions: 0, openDisputes: 0, openComplaints: 0, openPenalties: 0, owed: 0 }, '2026-11-20', 20);
        expect(done).toMatchObject({ overdue: true, complete: true });
    });
});

describe('R-PEN-8 public notice', () => {
    it('R-PEN-8 names the store, the violation and the measures in en and zh', () => {
        const p = { ground: { kind: 'rule' as const, ruleId: 'R-PEN-6', code: 'bribery', complaintId: null, description: '' }, measures: [{ type: 'close_store' as const }], startsOn: '2026-11-20', endsOn: null };
        const en = publicNotice(p, 'Acme Store', 'en', t => t.replace('_', ' '));
        expect(en.title).toContain('Acme Store');
        expect(en.body).toMatch(/commercial bribery.*close store/);
        const zh = publicNotice(p, 'Acme Store', 'zh', () => '关闭店铺');
        expect(zh.body).toContain('商业贿赂');
        expect(zh.body).toContain('关闭店铺');
    });
});
