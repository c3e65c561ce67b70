// The deposit position a registration needs to know (R-DEP-1, R-DEP-2, R-REG-12): balance
// versus the required amount. Deliberately small and isolated: when the deposits capability's
// ledger service is merged, this function can delegate to it without touching its callers.
import { requiredDepositFor, type Category, type DepositAccount, type LedgerEntry, type Merchant } from '../../src/domain';
import type { Ctx } from '../core/context';

export type DepositStatus = 'paid' | 'shortfall' | 'none' | 'guarantee';

export interface DepositPosition {
    status: DepositStatus;
    balance: number;
    required: number;
    currency: Merchant['depositCurrency'];
}

interface DepositIndex {
    accountByMerchant: Map<string, DepositAccount>;
    balanceByAccount: Map<string, number>;
    categories: Map<string, Category>;
}

/** One pass over accounts and entries per data version (100,000 entries in the large seed). */
const depositIndex = (ctx: Ctx): DepositIndex =>
    ctx.cached('registration:deposit-index', () => {
        const accountByMerchant = new Map<string, DepositAccount>();
        for (const a of ctx.db.all<DepositAccount>('deposit-accounts')) if (a.status === 'open') accountByMerchant.set(a.merchantId, a);
        const balanceByAccount = new Map<string, number>();
        for (const e of ctx.db.all<LedgerEntry>('ledger-entries')) {
            // R-DEP-12: a balance is the sum of its entries: credits minus debits.
            const signed = e.direction === 'credit' ? e.amount : -e.amount;
            balanceByAccount.set(e.accountId, (balanceByAccount.get(e.accountId) ?? 0) + signed);
        }
        const categories = new Map(ctx.db.all<Category>('categories').map(c => [c.id, c]));
        return { accountByMerchant, balanceByAccount, categories };
    });

export const depositPosition = (ctx: Ctx, merchant: Merchant): DepositPosition => {
    const idx = depositIndex(ctx);
    const cats = merchant.categoryIds.map(id => idx.categories.get(id)).filter((c): c is Category => !!c);
    const currency = merchant.depositCurrency;
    // R-DEP-1: the highest of the categories' required amounts, not their sum.
    const required = requiredDepositFor(cats, currency);
    const account = idx.accountByMerchant.get(merchant.id);
    if (!account) return { status: 'none', balance: 0, required, currency };
    const balance = account.currency === currency ? Math.max(0, idx.balanceByAccount.get(account.id) ?? 0) : 0;
    // R-DEP-8: a performance guarantee stands in for the cash deposit.
    if (account.guarantee && account.guarantee.amount >= required && account.guarantee.expiresOn >= ctx.today()) return { status: 'guarantee', balance, required, currency };
    return { status: balance >= required && required > 0 ? 'paid' : 'shortfall', balance, required, currency };
};
