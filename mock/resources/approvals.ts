// Approvals (R-DEP-13): four eyes on refunds, forfeitures and large deductions. Requests are
// created by POST /ledger-entries; another finance officer or the supervisor decides here.
import type { Approval } from '../../src/domain';
import type { Ctx } from '../core/context';
import { badRequest } from '../core/errors';
import { buildPredicate, parseListParams, sortRecords } from '../core/query';
import { listReply, resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import { approvalView, approve, markPaid, reject } from '../services/ledger';

const flag = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';

const filters: ResourceDefinition<Approval>['filters'] = {
    /** Pending, not requested by me, and mine to decide (a forfeiture is the supervisor's, R-DEP-10). */
    waitingForMe: (a, v, ctx) => {
        const me = ctx.me();
        const mine = a.status === 'pending' && a.requestedBy !== me.id && (a.kind !== 'forfeiture' || me.role === 'supervisor');
        return mine === flag(v);
    },
    requestedByMe: (a, v, ctx) => (a.requestedBy === ctx.me().id) === flag(v),
    payoutOverdue: (a, v) => !!a.payoutOverdue === flag(v),
    q: (a, v) => {
        const terms = String(v ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const hay = `${a.id} ${a.merchantId} ${a.merchantName ?? ''} ${a.merchantNameEn ?? ''} ${a.note}`.toLowerCase();
        return terms.every(t => hay.includes(t));
    },
};

const definition: ResourceDefinition<Approval> = {
    name: 'approvals',
    filters,
    present: (a, ctx) => approvalView(ctx, a),
    merchantIdOf: a => a.merchantId,
    readOnlyReason:
        'Approval requests are created by posting a refund, forfeiture or large deduction (POST /ledger-entries) and decided with POST /approvals/:id/approve or /reject (R-DEP-13); they are never edited or deleted.',
};

const note = (ctx: Ctx): string => {
    const b = ctx.body;
    if (b !== undefined && (typeof b !== 'object' || b === null || Array.isArray(b))) throw badRequest('The request body must be a JSON object.');
    const n = (b as Record<string, unknown> | undefined)?.note;
    return typeof n === 'string' ? n : '';
};

const generic = resourceRoutes(definition).filter(r => !(r.method === 'GET' && r.path === '/approvals'));

export const approvalRoutes: Route[] = [
    {
        method: 'GET',
        path: '/approvals',
        summary: 'List approval requests; filters status, kind, accountId, merchantId, waitingForMe, requestedByMe, payoutOverdue, q',
        handler: ctx => {
            ctx.require('approvals', 'list', 'read approvals');
            const { sort, range, filter } = parseListParams(ctx.url.searchParams);
            const custom = Object.fromEntries(Object.entries(filters!).map(([k, fn]) => [k, (r: Approval, v: unknown) => fn(r, v, ctx)]));
            const predicate = buildPredicate<Approval>(filter, { searchFields: [], custom });
            const rows = sortRecords(ctx.db.all<Approval>('approvals').map(a => approvalView(ctx, a)).filter(predicate), sort ?? { field: 'requestedAt', order: 'DESC' });
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('approvals', rows.slice(start, end + 1), rows.length, start);
        },
    },
    ...generic,
    {
        method: 'POST',
        path: '/approvals/:id/approve',
        write: true,
        summary: 'Approve a request {note}: another finance officer or the supervisor, never the requester (R-DEP-13); re-checks the account and posts the entry',
        handler: ctx => {
            ctx.require('approvals', 'approve', 'approve refunds, forfeitures or deductions');
            return { body: approvalView(ctx, approve(ctx, ctx.params.id, note(ctx))) };
        },
    },
    {
        method: 'POST',
        path: '/approvals/:id/reject',
        write: true,
        summary: 'Reject a request {note} (required): another finance officer or the supervisor (R-DEP-13)',
        handler: ctx => {
            ctx.require('approvals', 'reject', 'reject refunds, forfeitures or deductions');
            return { body: approvalView(ctx, reject(ctx, ctx.params.id, note(ctx))) };
        },
    },
    {
        method: 'POST',
        path: '/approvals/:id/mark-paid',
        write: true,
        summary: 'Record that an approved refund was paid out (R-DEP-7)',
        handler: ctx => {
            ctx.require('approvals', 'mark-paid', 'record refund payouts');
            return { body: approvalView(ctx, markPaid(ctx, ctx.params.id, note(ctx))) };
        },
    },
];
