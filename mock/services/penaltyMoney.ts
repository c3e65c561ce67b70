// Money measures of a penalty (deposit_deduction, liquidated_damages) post to the deposit ledger
// through its rules (R-DEP-3, R-DEP-12, R-DEP-14); lifting or overturning reverses them
// (R-PEN-7). Forfeiture after termination goes through the ledger's four-eyes approvals
// (R-DEP-10, R-DEP-13). Every posting carries an idempotency key derived from the penalty.
import { isMoneyMeasure, type LedgerEntry, type Merchant, type Penalty, type RefundEligibility } from '../../src/domain';
import type { Ctx } from '../core/context';
import { conflict } from '../core/errors';
import { accountFor, accountsOfMerchant, accountView, ledgerIndex, postEntry, postOrRequestApproval, refundEligibility, reverseEntry } from './ledger';

/** Posts the penalty's money measures as deductions on approval; returns the penalty with their entry ids. */
export const postPenaltyMoney = (ctx: Ctx, penalty: Penalty, merchant: Merchant): Penalty => {
    const ids: string[] = [];
    for (const m of penalty.measures) {
        if (!isMoneyMeasure(m.type) || !m.amount || !m.currency) continue;
        const entry = postEntry(ctx, {
            merchantId: merchant.id,
            currency: m.currency,
            type: 'deduction',
            amount: m.amount,
            // R-DEP-3 (1) liquidated damages owed to the platform; (4) another ground in the platform rules.
            ground: m.type === 'liquidated_damages' ? 'liquidated_damages' : 'other_rule',
            complaintId: penalty.ground.complaintId,
            penaltyId: penalty.id,
            note: `Penalty ${penalty.id} (${penalty.ground.ruleId}): ${penalty.ground.description}`.slice(0, 1000),
            idempotencyKey: `penalty:${penalty.id}:${m.type}`,
        });
        ids.push(entry.id);
    }
    return ids.length ? { ...penalty, ledgerEntryIds: [...penalty.ledgerEntryIds, ...ids] } : penalty;
};

/** Reverses the penalty's deductions not yet reversed (R-DEP-12: a reversing entry, never an edit). Returns the reversal ids. */
export const reversePenaltyMoney = (ctx: Ctx, penalty: Penalty, why: string): string[] => {
    const reversedBy = ledgerIndex(ctx).reversedBy;
    const out: string[] = [];
    for (const id of penalty.ledgerEntryIds) {
        const entry = ctx.db.get<LedgerEntry>('ledger-entries', id);
        if (!entry || entry.type === 'reversal' || reversedBy.get(id)) continue;
        out.push(reverseEntry(ctx, id, `Penalty ${penalty.id} ${why}: deduction reversed (R-PEN-7)`, `penalty:${penalty.id}:reverse:${id}`).id);
    }
    return out;
};

export interface ClearanceMoney {
    currency: Merchant['depositCurrency'];
    owed: number;
    balance: number | null;
    refund: RefundEligibility | null;
}

/** The deposit side of clearance: amount owed (R-PEN-9 "pay damages"), balance, and R-DEP-7 eligibility. */
export const clearanceMoney = (ctx: Ctx, merchant: Merchant): ClearanceMoney => {
    const account = accountFor(ctx, merchant.id, merchant.depositCurrency) ?? accountsOfMerchant(ctx, merchant.id)[0];
    if (!account) return { currency: merchant.depositCurrency, owed: 0, balance: null, refund: null };
    const view = accountView(ctx, account);
    return { currency: account.currency, owed: view.owed ?? 0, balance: view.balance ?? 0, refund: refundEligibility(ctx, merchant.id) };
};

/** R-DEP-10: requests forfeiture of the unused balance; a second person (the supervisor's peer rule in approvals) decides. */
export const requestForfeiture = (ctx: Ctx, merchant: Merchant, penalty: Penalty, note: string): string => {
    const account = accountFor(ctx, merchant.id, merchant.depositCurrency) ?? accountsOfMerchant(ctx, merchant.id)[0];
    if (!account) throw conflict('The merchant has no deposit account: there is nothing to forfeit (R-DEP-10).', 'R-DEP-10');
    const balance = accountView(ctx, account).balance ?? 0;
    if (balance <= 0) throw conflict('The deposit balance is zero: there is nothing to forfeit (R-DEP-10).', 'R-DEP-10');
    const outcome = postOrRequestApproval(ctx, {
        merchantId: merchant.id,
        currency: account.currency,
        type: 'forfeiture',
        amount: balance,
        penaltyId: penalty.id,
        note: `Forfeiture after termination, penalty ${penalty.id} (${penalty.ground.ruleId}, R-DEP-10)${note ? `: ${note}` : ''}`,
        idempotencyKey: `penalty:${penalty.id}:forfeiture`,
    });
    if (outcome.kind !== 'approval') throw conflict('A forfeiture must go through four-eyes approval (R-DEP-13); the ledger posted it directly.', 'R-DEP-13');
    return outcome.approval.id;
};
