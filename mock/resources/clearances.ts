// Termination and clearance (R-PEN-9): merchants whose store was closed have 20 days (a setting)
// to finish transactions, settle disputes and penalties and pay damages. Completing clearance
// closes the merchant; the deposit refund then follows R-DEP-7. Forfeiture (R-DEP-10) is a
// supervisor request decided by a second person through the ledger's approvals.
import {
    clearanceState,
    groundByCode,
    refundQuietUntil,
    type ClearanceFacts,
    type ClearanceState,
    type Complaint,
    type Merchant,
    type Penalty,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { conflict, notFound } from '../core/errors';
import { listReply } from '../core/resource';
import { buildPredicate, parseListParams, sortRecords } from '../core/query';
import type { Route } from '../core/router';
import { clearanceMoney, requestForfeiture } from '../services/penaltyMoney';

const OPEN_COMPLAINT = new Set(['new', 'awaiting_response', 'in_review']);

export interface Clearance extends ClearanceState {
    id: string;
    merchantId: string;
    merchantName: string;
    storeName: string;
    status: Merchant['status'];
    clearanceStartedAt: string | null;
    closedAt: string | null;
    /** The active close_store penalty that started clearance. */
    terminationPenaltyId: string | null;
    /** R-DEP-10: the termination ground allows forfeiture of unused deposit. */
    forfeitable: boolean;
    forfeitureApprovalId: string | null;
    currency: string;
    owed: number;
    balance: number | null;
    /** R-DEP-7: earliest refund once closed and quiet for refundQuietMonths. */
    refundQuietUntil: string | null;
    refund: unknown;
}

/** Per-merchant counts of open complaints and unsettled penalties, one pass per data version. */
const clearanceIndex = (ctx: Ctx) =>
    ctx.cached('clearance:index', () => {
        const complaints = new Map<string, number>();
        for (const c of ctx.db.all<Complaint>('complaints')) if (OPEN_COMPLAINT.has(c.status)) complaints.set(c.merchantId, (complaints.get(c.merchantId) ?? 0) + 1);
        const unsettled = new Map<string, number>();
        const termination = new Map<string, Penalty>();
        for (const p of ctx.db.all<Penalty>('penalties')) {
            const closes = p.measures.some(m => m.type === 'close_store');
            if (closes && p.status === 'active') termination.set(p.merchantId, p);
            // Unsettled: a proposal still to decide, or an appeal still to decide.
            if (p.status === 'proposed' || (p.status === 'active' && p.appeal?.status === 'pending' && !closes))
                unsettled.set(p.merchantId, (unsettled.get(p.merchantId) ?? 0) + 1);
        }
        return { complaints, unsettled, termination };
    });

export const clearanceOf = (ctx: Ctx, m: Merchant): Clearance => {
    const idx = clearanceIndex(ctx);
    const money = clearanceMoney(ctx, m);
    const facts: ClearanceFacts = {
        openTransactions: m.activity.openTransactions,
        openDisputes: m.activity.openDisputes,
        openComplaints: idx.complaints.get(m.id) ?? 0,
        openPenalties: idx.unsettled.get(m.id) ?? 0,
        owed: money.owed,
    };
    const settings = ctx.settings();
    const started = m.clearanceStartedAt ?? m.closedAt ?? m.approvedAt ?? m.registeredAt;
    const state = clearanceState(started, facts, ctx.today(), settings.clearanceDays);
    const termination = idx.termination.get(m.id) ?? null;
    return {
        ...state,
        id: m.id,
        merchantId: m.id,
        merchantName: m.nameZh,
        storeName: m.storeName,
        status: m.status,
        clearanceStartedAt: m.clearanceStartedAt,
        closedAt: m.closedAt,
        terminationPenaltyId: termination?.id ?? null,
        forfeitable: !!termination && (groundByCode(termination.ground.code)?.forfeitable ?? false),
        forfeitureApprovalId: termination?.forfeitureApprovalId ?? null,
        currency: money.currency,
        owed: money.owed,
        balance: money.balance,
        refundQuietUntil: m.closedAt ? refundQuietUntil(m.closedAt, settings.refundQuietMonths) : null,
        refund: m.status === 'closed' ? money.refund : null,
    };
};

const clearanceMerchants = (ctx: Ctx) =>
    ctx.db.all<Merchant>('merchants').filter(m => m.status === 'in_clearance' || (m.status === 'closed' && m.clearanceStartedAt));

/** Every clearance row, once per data version and day (the list filters and sorts these). */
const allClearances = (ctx: Ctx): Clearance[] => ctx.cached(`clearances:all:${ctx.today()}`, () => clearanceMerchants(ctx).map(m => clearanceOf(ctx, m)));

const loadMerchant = (ctx: Ctx): Merchant => {
    const m = ctx.db.get<Merchant>('merchants', ctx.params.id);
    if (!m || (m.status !== 'in_clearance' && !(m.status === 'closed' && m.clearanceStartedAt))) throw notFound('clearances', ctx.params.id);
    return m;
};

export const clearanceRoutes: Route[] = [
    {
        method: 'GET',
        path: '/clearances',
        summary: 'Merchants in clearance after termination (R-PEN-9) with their checklist and 20-day clock',
        handler: ctx => {
            ctx.require('clearances', 'list', 'read clearances');
            const { sort, range, filter } = parseListParams(ctx.url.searchParams);
            const predicate = buildPredicate<Clearance>(filter, { searchFields: ['merchantId', 'merchantName', 'storeName'], custom: {} });
            const rows = sortRecords(allClearances(ctx).filter(predicate), sort ?? { field: 'dueOn', order: 'ASC' });
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('clearances', rows.slice(start, end + 1), rows.length, start);
        },
    },
    {
        method: 'GET',
        path: '/clearances/:id',
        summary: "One merchant's clearance checklist (id = merchant id)",
        handler: ctx => {
            ctx.require('clearances', 'show', 'read clearances');
            return { body: clearanceOf(ctx, loadMerchant(ctx)) };
        },
    },
    {
        method: 'POST',
        path: '/clearances/:id/complete',
        write: true,
        summary: 'Complete clearance: every checklist item settled; the merchant becomes closed (R-PEN-9, then R-DEP-7)',
        handler: ctx => {
            ctx.require('clearances', 'complete', 'complete clearances');
            const m = loadMerchant(ctx);
            if (m.status !== 'in_clearance') throw conflict(`This merchant is already ${m.status}.`, 'R-PEN-9');
            const c = clearanceOf(ctx, m);
            const open = c.items.filter(i => !i.done);
            if (open.length)
                throw conflict(`Clearance cannot be completed while ${open.map(i => `${i.key} (${i.key === 'damages' ? 'amount owed' : `${i.open} open`})`).join(', ')} remain (R-PEN-9).`, 'R-PEN-9');
            const closed: Merchant = { ...m, status: 'closed', closedAt: ctx.now() };
            ctx.db.put('merchants', closed);
            ctx.audit({ action: 'complete-clearance', resource: 'merchants', recordId: m.id, merchantId: m.id, before: { status: m.status, closedAt: m.closedAt }, after: { status: 'closed', closedAt: closed.closedAt }, reason: 'Clearance complete (R-PEN-9)' });
            const quiet = refundQuietUntil(closed.closedAt!, ctx.settings().refundQuietMonths);
            ctx.notify({
                merchantId: m.id,
                kind: 'clearance-complete',
                subject: 'Clearance complete: your store is closed',
                content: `Clearance is complete and your store and account are closed. Your deposit balance can be refunded once there has been no unfinished transaction, complaint, penalty or dispute for ${ctx.settings().refundQuietMonths} months (from ${quiet}), within ${ctx.settings().refundPayoutDays} days of approval (R-DEP-7).`,
                resource: 'clearances',
                recordId: m.id,
            });
            return { body: clearanceOf(ctx, closed) };
        },
    },
    {
        method: 'POST',
        path: '/clearances/:id/request-forfeiture',
        write: true,
        summary: 'Supervisor: request forfeiture of the unused deposit after termination on a ground of 003 §15.2.3 (R-DEP-10); a second person approves it',
        handler: ctx => {
            ctx.require('clearances', 'request-forfeiture', 'request forfeiture of a deposit');
            const m = loadMerchant(ctx);
            const c = clearanceOf(ctx, m);
            if (!c.terminationPenaltyId) throw conflict('No active termination penalty: forfeiture follows only a termination (R-DEP-10).', 'R-DEP-10');
            if (!c.forfeitable) throw conflict('The termination ground is not one of 003 §15.2.3, so the deposit cannot be forfeited (R-DEP-10).', 'R-DEP-10');
            if (c.forfeitureApprovalId) throw conflict(`Forfeiture was already requested (${c.forfeitureApprovalId}).`, 'R-DEP-10');
            const note = typeof (ctx.body as Record<string, unknown>)?.note === 'string' ? ((ctx.body as Record<string, string>).note).trim() : '';
            const penalty = ctx.db.get<Penalty>('penalties', c.terminationPenaltyId)!;
            const approvalId = requestForfeiture(ctx, m, penalty, note);
            const updated: Penalty = { ...penalty, forfeitureApprovalId: approvalId };
            ctx.db.put('penalties', updated);
            ctx.audit({ action: 'request-forfeiture', resource: 'penalties', recordId: penalty.id, merchantId: m.id, before: { forfeitureApprovalId: null }, after: { forfeitureApprovalId: approvalId }, reason: note || 'R-DEP-10' });
            // The cached index predates this write (it is rebuilt after the transaction commits).
            return { status: 201, body: { ...clearanceOf(ctx, m), forfeitureApprovalId: approvalId } };
        },
    },
];
