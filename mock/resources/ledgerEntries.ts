// Ledger entries (R-DEP-12): append-only. POST posts (or asks for four eyes, R-DEP-13) with a
// required Idempotency-Key; PUT and DELETE answer 405; a correction is POST /:id/reverse.
import { type DepositAccount, type LedgerEntry } from '../../src/domain';
import type { Ctx } from '../core/context';
import { badRequest, invalid, notFound } from '../core/errors';
import { buildPredicate, parseListParams, sortRecords } from '../core/query';
import { listReply, resourceRoutes } from '../core/resource';
import type { Route } from '../core/router';
import { balanceAfter, committedEntriesOf, keyIndex, ledgerIndex, postOrRequestApproval, reverseEntry, type LedgerRequest } from '../services/ledger';

const present = (entry: LedgerEntry, ctx: Ctx): LedgerEntry => ({ ...entry, balanceAfter: balanceAfter(ctx, entry) });

const generic = resourceRoutes<LedgerEntry>({
    name: 'ledger-entries',
    present,
    merchantIdOf: e => e.merchantId,
    readOnlyReason:
        'Ledger entries are append-only (R-DEP-12): an entry is never edited or deleted. Correct a mistake with a reversal: POST /ledger-entries/:id/reverse.',
}).filter(r => !(r.method === 'POST' && r.path === '/ledger-entries') && !(r.method === 'GET' && r.path === '/ledger-entries'));

const body = (ctx: Ctx): Record<string, unknown> => {
    if (!ctx.body || typeof ctx.body !== 'object' || Array.isArray(ctx.body)) throw badRequest('The request body must be a JSON object.');
    return ctx.body as Record<string, unknown>;
};

export const ledgerEntryRoutes: Route[] = [
    {
        method: 'GET',
        path: '/ledger-entries',
        summary: 'List ledger entries with the running balance (balanceAfter); filter accountId, merchantId, type, currency, postedAt_gte/_lte, q',
        handler: ctx => {
            ctx.require('ledger-entries', 'list', 'read ledger entries');
            const { sort, range, filter } = parseListParams(ctx.url.searchParams);
            const { accountId, ...rest } = filter;
            const base =
                typeof accountId === 'string'
                    ? [...committedEntriesOf(ctx, accountId)]
                    : ctx.db.all<LedgerEntry>('ledger-entries');
            const predicate = buildPredicate<LedgerEntry>(rest, { searchFields: ['note', 'merchantId', 'id', 'complaintId', 'penaltyId'], custom: {} });
            const rows = sortRecords(base.filter(predicate), sort ?? { field: 'id', order: 'DESC' });
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('ledger-entries', rows.slice(start, end + 1).map(e => present(e, ctx)), rows.length, start);
        },
    },
    ...generic,
    {
        method: 'POST',
        path: '/ledger-entries',
        write: true,
        summary:
            'Post an entry {accountId, type, amount, ground?, complaintId?, penaltyId?, note} with Idempotency-Key: 201 entry, or 202 {id, approval} when four eyes applies (R-DEP-13); the same key again answers 200 with the first result',
        handler: ctx => {
            ctx.require('ledger-entries', 'create', 'post ledger entries');
            const input = body(ctx);
            const account = typeof input.accountId === 'string' ? ctx.db.get<DepositAccount>('deposit-accounts', input.accountId) : undefined;
            if (!account) throw invalid({ accountId: 'Choose an existing deposit account.' });
            if (input.currency !== undefined && input.currency !== null && input.currency !== account.currency)
                throw invalid({ currency: `This account is kept in ${account.currency}; amounts in ${String(input.currency)} are never mixed into it (R-DEP-14).` }, 'Currency does not match the account (R-DEP-14).');
            const outcome = postOrRequestApproval(ctx, {
                merchantId: account.merchantId,
                currency: account.currency,
                type: input.type as LedgerRequest['type'],
                amount: input.amount as number,
                ground: (input.ground ?? null) as LedgerRequest['ground'],
                complaintId: (input.complaintId ?? null) as string | null,
                penaltyId: (input.penaltyId ?? null) as string | null,
                note: input.note as string,
                idempotencyKey: ctx.idempotencyKey as string,
            });
            if (outcome.kind === 'posted') return { status: outcome.replayed ? 200 : 201, body: present(outcome.entry, ctx) };
            return { status: outcome.replayed ? 200 : 202, body: { id: outcome.approval.id, approval: outcome.approval } };
        },
    },
    {
        method: 'POST',
        path: '/ledger-entries/:id/reverse',
        write: true,
        summary: 'Reverse an entry {note} with Idempotency-Key: a linked reversal entry, at most one per entry (R-DEP-12)',
        handler: ctx => {
            ctx.require('ledger-entries', 'reverse', 'reverse ledger entries');
            if (!ctx.db.get('ledger-entries', ctx.params.id)) throw notFound('ledger-entries', ctx.params.id);
            const key = ctx.idempotencyKey as string;
            const before = key ? keyIndex(ledgerIndex(ctx)).get(key) : undefined;
            const entry = reverseEntry(ctx, ctx.params.id, body(ctx).note as string, key);
            return { status: before && before.id === entry.id ? 200 : 201, body: present(entry, ctx) };
        },
    },
];
