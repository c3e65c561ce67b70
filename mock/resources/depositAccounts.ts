// Deposit accounts (R-DEP-1, R-DEP-5, R-DEP-7, R-DEP-8): one per merchant and currency. Balance,
// required amount, shortfall and due dates are derived on read from the ledger and settings.
import { CURRENCIES, isCurrency, isIsoDate, MAX_ENTRY_MINOR, type DepositAccount, type Merchant } from '../../src/domain';
import type { Ctx } from '../core/context';
import { conflict, invalid, notFound } from '../core/errors';
import { buildPredicate, parseListParams, sortRecords } from '../core/query';
import { listReply, resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import { accountFor, accountView, accountViews, freshId, refundEligibilityOfAccount } from '../services/ledger';

const flag = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';

const matchesMerchant = (account: DepositAccount, value: unknown) => {
    const terms = String(value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const hay = `${account.merchantId} ${account.merchantName ?? ''} ${account.merchantNameEn ?? ''} ${account.id}`.toLowerCase();
    return terms.every(t => hay.includes(t));
};

export const depositAccountFilters: ResourceDefinition<DepositAccount>['filters'] = {
    q: matchesMerchant,
    shortfall: (a, v) => (a.shortfall! > 0) === flag(v),
    topUpOverdue: (a, v) => !!a.topUpOverdue === flag(v),
    refundPending: (a, v) => !!a.refundPending === flag(v),
    refundEligible: (a, v) => !!a.refundEligible === flag(v),
    owed: (a, v) => (a.owed! > 0) === flag(v),
    measuresProposable: (a, v) => !!a.measuresProposable === flag(v),
};

const definition: ResourceDefinition<DepositAccount> = {
    name: 'deposit-accounts',
    filters: depositAccountFilters,
    // One account's view (memoised per account), not every account's: reading one account must
    // not fold the whole ledger (issue 8).
    present: (account, ctx) => accountView(ctx, account),
    merchantIdOf: a => a.merchantId,
    readOnlyReason:
        'A deposit account is never edited or deleted: its balance is the sum of its ledger entries (R-DEP-12). Post an entry, record a performance guarantee (POST /deposit-accounts/:id/guarantee) or close the account (POST /deposit-accounts/:id/close).',
    create: (input, ctx) => {
        const errors: Record<string, string> = {};
        const merchant = typeof input.merchantId === 'string' ? ctx.db.get<Merchant>('merchants', input.merchantId) : undefined;
        if (!merchant) errors.merchantId = 'Choose an existing merchant.';
        if (!isCurrency(input.currency)) errors.currency = `Currency must be one of ${CURRENCIES.join(', ')} (R-DEP-14).`;
        if (Object.keys(errors).length) throw invalid(errors);
        if (merchant!.status === 'rejected') throw conflict('A rejected registration has no deposit account.', 'R-DEP-2');
        const existing = accountFor(ctx, merchant!.id, input.currency as DepositAccount['currency']);
        if (existing) throw conflict(`The merchant already has a ${existing.currency} deposit account (${existing.id}): one account per merchant and currency.`, 'R-DEP-14', { currency: 'Already has an account in this currency' });
        return {
            id: freshId(ctx, 'deposit-accounts', 'DA'),
            merchantId: merchant!.id,
            currency: input.currency as DepositAccount['currency'],
            status: 'open',
            guarantee: null,
            openedAt: ctx.now(),
            closedAt: null,
        };
    },
};

const load = (ctx: Ctx): DepositAccount => {
    const account = ctx.db.get<DepositAccount>('deposit-accounts', ctx.params.id);
    if (!account) throw notFound('deposit-accounts', ctx.params.id);
    return account;
};

const body = (ctx: Ctx) => (ctx.body && typeof ctx.body === 'object' ? (ctx.body as Record<string, unknown>) : {});

/** Stored fields a list may filter on before any view is derived (a merchant's deposit tab). */
const STORED_FILTERS = ['id', 'merchantId', 'currency', 'status'];
/** Up to this many accounts, views are derived one by one instead of for every account at once. */
const FEW_ACCOUNTS = 50;

/** The list pipeline over the cached views (no per-request folding of 100,000 entries). */
const listAccounts = (ctx: Ctx, filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } | null) => {
    const predicate = buildPredicate<DepositAccount>(filter, {
        searchFields: [],
        custom: Object.fromEntries(Object.entries(depositAccountFilters!).map(([k, fn]) => [k, (r: DepositAccount, v: unknown) => fn(r, v, ctx)])),
    });
    // Issue 8: a merchant's deposit tab asks for its one or two accounts. Narrow by stored fields
    // first and derive only those views; the full predicate still decides on the views, so the
    // rows are the same as filtering every account's view.
    const stored = Object.fromEntries(Object.entries(filter).filter(([key]) => STORED_FILTERS.includes(key)));
    if (Object.keys(stored).length) {
        const candidates = ctx.db.all<DepositAccount>('deposit-accounts').filter(buildPredicate<DepositAccount>(stored, { searchFields: [], custom: {} }));
        if (candidates.length <= FEW_ACCOUNTS) return sortRecords(candidates.map(a => accountView(ctx, a)).filter(predicate), sort);
    }
    return sortRecords([...accountViews(ctx).values()].filter(predicate), sort);
};

const generic = resourceRoutes(definition).filter(r => !(r.method === 'GET' && r.path === '/deposit-accounts'));

export const depositAccountRoutes: Route[] = [
    {
        method: 'GET',
        path: '/deposit-accounts',
        summary: 'List deposit accounts with derived balance, required amount, shortfall and due dates; filters shortfall, topUpOverdue, refundPending, refundEligible, owed, currency, q (merchant)',
        handler: ctx => {
            ctx.require('deposit-accounts', 'list', 'read deposit accounts');
            const { sort, range, filter } = parseListParams(ctx.url.searchParams);
            const rows = listAccounts(ctx, filter, sort);
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('deposit-accounts', rows.slice(start, end + 1), rows.length, start);
        },
    },
    ...generic,
    {
        method: 'GET',
        path: '/deposit-accounts/:id/refund-eligibility',
        summary: 'R-DEP-7 refund eligibility of the account, with each reason',
        handler: ctx => {
            ctx.require('deposit-accounts', 'show', 'read deposit accounts');
            return { body: refundEligibilityOfAccount(ctx, load(ctx)) };
        },
    },
    {
        method: 'POST',
        path: '/deposit-accounts/:id/guarantee',
        write: true,
        summary: 'R-DEP-8 record (or replace) the bank performance guarantee held instead of a cash deposit',
        handler: ctx => {
            ctx.require('deposit-accounts', 'guarantee', 'record a performance guarantee');
            const account = load(ctx);
            if (account.status === 'closed') throw conflict('The deposit account is closed.', 'R-DEP-8');
            const input = body(ctx);
            const errors: Record<string, string> = {};
            const text = (field: string, max = 200) => {
                const v = input[field];
                if (typeof v !== 'string' || !v.trim()) errors[field] = 'Required';
                else if (v.length > max) errors[field] = `At most ${max} characters`;
            };
            text('bank');
            text('reference', 100);
            if (typeof input.amount !== 'number' || !Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > MAX_ENTRY_MINOR)
                errors.amount = 'A positive whole number of minor units (R-DEP-14).';
            if (!isIsoDate(input.expiresOn)) errors.expiresOn = 'A date, YYYY-MM-DD.';
            else if (input.expiresOn <= ctx.today()) errors.expiresOn = 'The guarantee must still be valid: its expiry is in the future.';
            if (Object.keys(errors).length) throw invalid(errors);
            const updated: DepositAccount = {
                ...account,
                guarantee: { bank: String(input.bank).trim(), reference: String(input.reference).trim(), amount: input.amount as number, expiresOn: input.expiresOn as string },
            };
            ctx.db.put('deposit-accounts', updated);
            ctx.audit({ action: 'record-guarantee', resource: 'deposit-accounts', recordId: account.id, merchantId: account.merchantId, before: account, after: updated });
            return { body: accountView(ctx, updated) };
        },
    },
    {
        method: 'POST',
        path: '/deposit-accounts/:id/close',
        write: true,
        summary: 'Close a deposit account whose balance and amount owed are zero and that has no pending approval',
        handler: ctx => {
            ctx.require('deposit-accounts', 'close', 'close a deposit account');
            const account = load(ctx);
            if (account.status === 'closed') throw conflict('The account is already closed.', 'R-DEP-12');
            const view = accountView(ctx, account);
            if (view.balance !== 0 || view.owed !== 0)
                throw conflict('Only an account with a zero balance and nothing owed can be closed: refund, forfeit or settle first (R-DEP-7, R-DEP-12).', 'R-DEP-12');
            if (ctx.db.all<{ accountId: string | null; status: string }>('approvals').some(a => a.accountId === account.id && a.status === 'pending'))
                throw conflict('A request on this account is waiting for approval: decide it first (R-DEP-13).', 'R-DEP-13');
            const note = body(ctx).note;
            const updated: DepositAccount = { ...account, status: 'closed', closedAt: ctx.now() };
            ctx.db.put('deposit-accounts', updated);
            ctx.audit({ action: 'close', resource: 'deposit-accounts', recordId: account.id, merchantId: account.merchantId, before: account, after: updated, reason: typeof note === 'string' ? note : '' });
            return { body: accountView(ctx, updated) };
        },
    },
    {
        method: 'GET',
        path: '/shortfalls',
        summary: 'R-DEP-5 shortfall watch list: accounts below their required amount, by top-up due date (overdue first)',
        handler: ctx => {
            ctx.require('shortfalls', 'list', 'read the shortfall watch list');
            const { sort, range, filter } = parseListParams(ctx.url.searchParams);
            const rows = listAccounts(ctx, { ...filter, shortfall: true }, sort ?? { field: 'topUpDueDate', order: 'ASC' });
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('shortfalls', rows.slice(start, end + 1), rows.length, start);
        },
    },
    {
        method: 'GET',
        path: '/shortfalls/:id',
        summary: 'One account of the shortfall watch list',
        handler: ctx => {
            ctx.require('shortfalls', 'show', 'read the shortfall watch list');
            return { body: accountView(ctx, load(ctx)) };
        },
    },
];
