// Money measures of a penalty (deposit_deduction, liquidated_damages) post to the deposit ledger
// through its rules (R-DEP-3, R-DEP-12); lifting or overturning reverses them (R-PEN-7).
import { isMoneyMeasure, type Merchant, type Penalty } from '../../src/domain';
import type { Ctx } from '../core/context';
import { conflict } from '../core/errors';

export const postPenaltyMoney = (_ctx: Ctx, penalty: Penalty, _merchant: Merchant): Penalty => {
    if (penalty.measures.some(m => isMoneyMeasure(m.type)))
        throw conflict('The deposit ledger is not connected yet, so money measures cannot be approved; nothing was saved.', 'R-DEP-3');
    return penalty;
};

export const reversePenaltyMoney = (_ctx: Ctx, penalty: Penalty, _why: string): void => {
    if (penalty.ledgerEntryIds.length) throw conflict('The deposit ledger is not connected yet; nothing was saved.', 'R-DEP-12');
};

export interface ClearanceMoney {
    currency: Merchant['depositCurrency'];
    owed: number;
    balance: number | null;
    refund: unknown;
}

export const clearanceMoney = (_ctx: Ctx, merchant: Merchant): ClearanceMoney => ({ currency: merchant.depositCurrency, owed: 0, balance: null, refund: null });

export const requestForfeiture = (_ctx: Ctx, _merchant: Merchant, _penalty: Penalty, _note: string): string => {
    throw conflict('The deposit ledger is not connected yet, so forfeiture cannot be requested; nothing was saved.', 'R-DEP-10');
};
