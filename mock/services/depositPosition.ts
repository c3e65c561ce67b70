// The deposit position a registration needs to know (R-DEP-1, R-DEP-2, R-REG-12): balance
// versus the required amount. Deliberately small and isolated: when the deposits capability's
// ledger service is merged, this function can delegate to it without touching its callers.
// Balances now come from the deposits ledger service (mock/services/ledger.ts).
import { requiredDepositFor, type Category, type DepositAccount, type Merchant } from '../../src/domain';
import type { Ctx } from '../core/context';
import { accountView } from './ledger';

export type DepositStatus = 'paid' | 'shortfall' | 'none' | 'guarantee';

export interface DepositPosition {
    status: DepositStatus;
    balance: number;
    required: number;
    currency: Merchant['depositCurrency'];
}

interface DepositIndex {
    accountByMerchant: Map<string, DepositAccount>;
    categories: Map<string, Category>;
}

/** Open accounts and categories, once per version of those two resources. Balances come from the ledger service. */
const depositIndex = (ctx: Ctx): DepositIndex =>
    ctx.cached('registration:deposit-index', () => {
        const accountByMerchant = new Map<string, DepositAccount>();
        for (const a of ctx.db.all<DepositAccount>('deposit-accounts')) if (a.status === 'open') accountByMerchant.set(a.merchantId, a);
        const categories = new Map(ctx.db.all<Category>('categories').map(c => [c.id, c]));
        return { accountByMerchant, categories };
    }, { on: ['deposit-accounts', 'categories'] });

export const depositPosition = (ctx: Ctx, merchant: Merchant): DepositPosition => {
    const idx = depositIndex(ctx);
    const cats = merchant.categoryIds.map(id => idx.categories.get(id)).filter((c): c is Category => !!c);
    const currency = merchant.depositCurrency;
    // R-DEP-1: the highest of the categories' required amounts, not their sum.
    const required = requiredDepositFor(cats, currency);
    const account = idx.accountByMerchant.get(merchant.id);
    if (!account) return { status: 'none', balance: 0, required, currency };
    // R-DEP-12: the balance as the ledger service derives it (deductions beyond the balance become owed).
    // One account's view, not every account's (accountViews): presenting a page of merchants
    // right after a write then folds only the accounts on that page.
    const balance = account.currency === currency ? accountView(ctx, account).balance ?? 0 : 0;
    // R-DEP-8: a performance guarantee stands in for the cash deposit.
    if (account.guarantee && account.guarantee.amount >= required && account.guarantee.expiresOn >= ctx.today()) return { status: 'guarantee', balance, required, currency };
    return { status: balance >= required && required > 0 ? 'paid' : 'shortfall', balance, required, currency };
};
