// Penalties: market management measures (R-PEN-1 to R-PEN-10, R-CMP-8, R-DEP-10).
// Proposed by one officer, approved by a second (the supervisor for permanent measures,
// closure and liquidated damages); active penalties expire by the clock, or are lifted or
// overturned (on appeal), and undo what they took. Every action is audited and noticed.
import {
    approvalRefusal,
    chinaDate,
    daysBetween,
    groundByCode,
    isInForce,
    liftRefusal,
    MEASURES,
    nextStatus,
    PENALTY_TRANSITIONS,
    SERIOUS_COMPLAINT_TYPES,
    supervisorApprovalReason,
    validateProposal,
    type Complaint,
    type Measure,
    type Merchant,
    type Penalty,
    type PenaltyAction,
    type PenaltyGround,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, badRequest, conflict, forbidden, invalid, notFound } from '../core/errors';
import { resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import { effectiveStatus } from '../services/merchantStatus';
import { postPenaltyMoney, reversePenaltyMoney } from '../services/penaltyMoney';
import { fileOf } from '../services/files';

const MEASURE_EN: Record<string, string> = {
    warning: 'warning',
    credit_points: 'credit-score point deduction',
    delist_products: 'delisting of products',
    restrict_publishing: 'restriction of product publishing',
    suspend_category_services: 'suspension of category services',
    freeze_transactions: 'freezing of transaction services',
    freeze_balance: 'freezing of the account balance',
    cancel_withdrawal: 'cancellation of cash withdrawal',
    close_store: 'closure of the store and account',
    deposit_deduction: 'deposit deduction',
    liquidated_damages: 'liquidated damages',
};
export const measureListEn = (measures: Measure[]) => measures.map(m => MEASURE_EN[m.type] ?? m.type).join(', ');

const body = (ctx: Ctx): Record<string, unknown> => {
    const b = ctx.body;
    if (!b || typeof b !== 'object' || Array.isArray(b)) throw badRequest('The request body must be a JSON object.');
    return b as Record<string, unknown>;
};

const loadPenalty = (ctx: Ctx): Penalty => {
    const p = ctx.db.get<Penalty>('penalties', ctx.params.id);
    if (!p) throw notFound('penalties', ctx.params.id);
    return p;
};

const loadMerchant = (ctx: Ctx, id: string): Merchant => {
    const m = ctx.db.get<Merchant>('merchants', id);
    if (!m) throw notFound('merchants', id);
    return m;
};

/** The next status, or a 409 saying which statuses allow the action (R-PEN-2). */
const transition = (p: Penalty, action: PenaltyAction): Penalty['status'] => {
    const to = nextStatus(PENALTY_TRANSITIONS, p.status, action);
    if (!to)
        throw conflict(
            `A ${p.status} penalty cannot be ${action === 'approve' ? 'approved' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`}; only a ${PENALTY_TRANSITIONS[action].from.join(' or ')} one can (R-PEN-2: proposed → active → expired | lifted | overturned).`,
            'R-PEN-2',
        );
    return to;
};

const requireNote = (input: Record<string, unknown>, field = 'note', min = 5) => {
    const note = input[field];
    if (typeof note !== 'string' || note.trim().length < min) throw invalid({ [field]: `Give the reason in at least ${min} characters: it is recorded and sent to the merchant` });
    return note.trim();
};

const merchantName = (m: Merchant | undefined) => (m ? `${m.nameZh} (${m.storeName})` : 'the merchant');

/** Undo what the penalty took (R-PEN-7): reverse its ledger entries and end a termination's clearance. Returns reversal ids. */
const undoPenalty = (ctx: Ctx, p: Penalty, why: string): string[] => {
    const reversals = reversePenaltyMoney(ctx, p, why);
    if (p.measures.some(m => m.type === 'close_store')) {
        const merchant = ctx.db.get<Merchant>('merchants', p.merchantId);
        if (merchant && merchant.status === 'in_clearance') {
            const restored: Merchant = { ...merchant, status: 'active', clearanceStartedAt: null };
            ctx.db.put('merchants', restored);
            ctx.audit({ action: 'restore-from-clearance', resource: 'merchants', recordId: merchant.id, merchantId: merchant.id, before: { status: merchant.status, clearanceStartedAt: merchant.clearanceStartedAt }, after: { status: 'active', clearanceStartedAt: null }, reason: `Penalty ${p.id} ${why} (R-PEN-7, R-PEN-10)` });
        }
    }
    return reversals;
};

/** Ends an active penalty: lifted, overturned or expired. */
const endPenalty = (ctx: Ctx, p: Penalty, action: 'lift' | 'overturn' | 'expire', reason: string, extra: Partial<Penalty> = {}): Penalty => {
    const status = transition(p, action);
    const ended: Penalty = { ...p, ...extra, status, endedAt: ctx.now(), endReason: reason };
    const reversals = action === 'expire' ? [] : undoPenalty(ctx, ended, action === 'lift' ? 'lifted' : 'overturned');
    const final: Penalty = { ...ended, ledgerEntryIds: [...ended.ledgerEntryIds, ...reversals] };
    ctx.db.put('penalties', final);
    ctx.audit({ action, resource: 'penalties', recordId: p.id, merchantId: p.merchantId, before: p, after: final, reason });
    const what = { lift: 'lifted', overturn: 'overturned', expire: 'ended (its end date has come)' }[action];
    ctx.notify({
        merchantId: p.merchantId,
        kind: `penalty-${action}`,
        subject: `Penalty ${p.id} ${what}`,
        content: `The measures of penalty ${p.id} (${measureListEn(p.measures)}) are ${what}.${action === 'expire' ? '' : ` Reason: ${reason}.`}${reversals.length ? ' The amounts deducted for it are credited back to your deposit.' : ''}`,
        resource: 'penalties',
        recordId: p.id,
    });
    return final;
};

const SEARCH = ['id', 'merchantId', 'ground.description', 'ground.ruleId', 'ground.complaintId', 'note'];

export const penaltyDefinition: ResourceDefinition<Penalty> = {
    name: 'penalties',
    searchFields: [...SEARCH, 'merchantName'],
    readOnlyReason: 'Penalties change only through their actions (approve, reject, lift, overturn, appeal, publish): R-PEN-2. A penalty is never edited or deleted.',
    merchantIdOf: p => p.merchantId,
    present: (p, ctx) => {
        const m = ctx.db.get<Merchant>('merchants', p.merchantId);
        return { ...p, merchantName: m ? m.nameZh : p.merchantId, merchantStatus: m ? effectiveStatus(ctx, m) : undefined, inForce: isInForce(p, ctx.today()), supervisorApprovalReason: supervisorApprovalReason(p) };
    },
    filters: {
        measure: (p, v) => (Array.isArray(v) ? v : [v]).some(t => p.measures.some(m => m.type === t)),
        ruleId: (p, v) => p.ground.ruleId === v,
        groundCode: (p, v) => p.ground.code === v,
        complaintId: (p, v) => p.ground.complaintId === v,
        appealPending: (p, v) => (p.appeal?.status === 'pending') === Boolean(v),
        // Active temporary penalties ending within N days.
        expiringWithinDays: (p, v, ctx) => p.status === 'active' && p.endsOn !== null && daysBetween(ctx.today(), p.endsOn) <= Number(v),
        permanent: (p, v) => (p.endsOn === null) === Boolean(v),
    },
};

const generic = resourceRoutes(penaltyDefinition);
const view = (ctx: Ctx, p: Penalty) => penaltyDefinition.present!(p, ctx);

/** POST /penalties: propose (R-PEN-2). */
const proposeRoute: Route = {
    method: 'POST',
    path: '/penalties',
    write: true,
    summary: 'Propose a penalty: merchantId, ground {kind, ruleId|code|complaintId, description}, measures[], startsOn, endsOn|null, publish, note, suggestionId?',
    handler: ctx => {
        ctx.require('penalties', 'create', 'propose penalties');
        const input = body(ctx);
        // A retried request (same Idempotency-Key) returns the proposal it made.
        const key = ctx.idempotencyKey;
        if (key) {
            const earlier = ctx.db.all<Penalty & { idempotencyKey?: string }>('penalties').find(p => p.idempotencyKey === key);
            if (earlier) return { status: 200, body: view(ctx, earlier) };
        }
        const merchant = typeof input.merchantId === 'string' ? ctx.db.get<Merchant>('merchants', input.merchantId) : undefined;
        const errors = validateProposal(input, ctx.today(), merchant?.depositCurrency ?? null);
        if (typeof input.merchantId === 'string' && input.merchantId && !merchant) errors.merchantId = `No merchant ${input.merchantId}`;
        if (merchant && ['pending_review', 'info_requested', 'rejected', 'closed'].includes(merchant.status))
            errors.merchantId = `This merchant is ${merchant.status.replace('_', ' ')}: measures apply only to approved merchants that have not closed`;
        const g = (input.ground ?? {}) as Record<string, unknown>;
        let complaint: Complaint | undefined;
        if (g.kind === 'complaint' && typeof g.complaintId === 'string' && g.complaintId) {
            complaint = ctx.db.get<Complaint>('complaints', g.complaintId);
            if (!complaint) errors['ground.complaintId'] = `No complaint ${g.complaintId}`;
            else if (merchant && complaint.merchantId !== merchant.id) errors['ground.complaintId'] = `Complaint ${complaint.number} is against another merchant (${complaint.merchantId})`;
            // R-CMP-8: only an upheld complaint of R-CMP-2's first nine types leads to penalties.
            else if (complaint.decision?.outcome !== 'upheld' && complaint.decision?.outcome !== 'partly_upheld')
                errors['ground.complaintId'] = `Complaint ${complaint.number} is not upheld: only an upheld complaint grounds a penalty (R-CMP-8)`;
            else if (!SERIOUS_COMPLAINT_TYPES.includes(complaint.type))
                errors['ground.complaintId'] = `A ${complaint.type.replace(/_/g, ' ')} complaint does not lead to penalties: only the first nine types of R-CMP-2 do (R-CMP-8)`;
        } else if (g.kind === 'rule' && g.code === 'infringement_notice' && typeof g.complaintId === 'string' && g.complaintId) {
            // R-CMP-10: the infringement notice's warning and suspension, linked back on its complaint.
            complaint = ctx.db.get<Complaint>('complaints', g.complaintId);
            if (!complaint) errors['ground.complaintId'] = `No complaint ${g.complaintId}`;
            else if (merchant && complaint.merchantId !== merchant.id) errors['ground.complaintId'] = `Complaint ${complaint.number} is against another merchant (${complaint.merchantId})`;
        }
        if (input.suggestionId !== undefined && input.suggestionId !== null && typeof input.suggestionId !== 'string') errors.suggestionId = 'Not a suggestion id';
        assertValid(errors, 'The proposal is not complete; see the messages beside the fields. Nothing was saved.');
        const def = g.kind === 'rule' ? groundByCode(g.code as string) : null;
        const ground: PenaltyGround = {
            kind: g.kind as 'rule' | 'complaint',
            ruleId: def ? def.ruleId : 'R-CMP-8',
            code: def ? def.code : null,
            complaintId: complaint ? complaint.id : null,
            description: (g.description as string).trim(),
        };
        const measures: Measure[] = (input.measures as Measure[]).map(m => {
            const out: Measure = { type: m.type };
            if (m.type === 'credit_points') out.points = m.points;
            if (MEASURES[m.type].money) {
                out.amount = m.amount;
                out.currency = m.currency;
            }
            return out;
        });
        const penalty: Penalty & { idempotencyKey?: string } = {
            id: ctx.db.nextId('PEN'),
            merchantId: merchant!.id,
            ground,
            measures,
            startsOn: input.startsOn as string,
            endsOn: input.endsOn ? (input.endsOn as string) : null,
            status: 'proposed',
            proposedBy: ctx.me().id,
            proposedAt: ctx.now(),
            approvedBy: null,
            approvedAt: null,
            endedAt: null,
            endReason: '',
            publish: input.publish === true,
            appeal: null,
            ledgerEntryIds: [],
            note: typeof input.note === 'string' ? input.note.trim() : '',
            suggestionId: typeof input.suggestionId === 'string' ? input.suggestionId : null,
            forfeitureApprovalId: null,
            ...(key ? { idempotencyKey: key } : {}),
        };
        ctx.db.put('penalties', penalty);
        ctx.audit({ action: 'propose', resource: 'penalties', recordId: penalty.id, merchantId: penalty.merchantId, after: penalty, reason: ground.description });
        const infringement = complaint?.infringement;
        if (complaint && ground.kind === 'rule' && infringement && !infringement.penaltyId) {
            ctx.db.put('complaints', { ...complaint, infringement: { ...infringement, penaltyId: penalty.id } });
            ctx.audit({ action: 'link-penalty', resource: 'complaints', recordId: complaint.id, merchantId: complaint.merchantId, before: { 'infringement.penaltyId': null }, after: { 'infringement.penaltyId': penalty.id }, reason: 'R-CMP-10: infringement penalty proposed' });
        } else if (complaint && ground.kind === 'complaint' && !complaint.penaltyId) {
            ctx.db.put('complaints', { ...complaint, penaltyId: penalty.id });
            ctx.audit({ action: 'link-penalty', resource: 'complaints', recordId: complaint.id, merchantId: complaint.merchantId, before: { penaltyId: null }, after: { penaltyId: penalty.id }, reason: 'R-CMP-8: penalty proposed on this complaint' });
        }
        return { status: 201, body: view(ctx, penalty) };
    },
};

const action = (name: string, summary: string, handler: Route['handler']): Route => ({ method: 'POST', path: `/penalties/:id/${name}`, write: true, summary, handler });

const approveRoute = action('approve', 'Approve a proposed penalty (a second person; the supervisor for permanent measures, closure, liquidated damages)', ctx => {
    ctx.require('penalties', 'approve', 'approve penalties');
    const p = loadPenalty(ctx);
    const status = transition(p, 'approve');
    const me = ctx.me();
    const refusal = approvalRefusal(p, me);
    if (refusal) throw forbidden(refusal.message, 'R-PEN-2');
    const merchant = loadMerchant(ctx, p.merchantId);
    if (merchant.status === 'closed') throw conflict(`${merchantName(merchant)} is closed: no measure can take effect any more.`, 'R-PEN-9');
    const note = typeof body(ctx).note === 'string' ? (body(ctx).note as string).trim() : '';
    let approved: Penalty = { ...p, status, approvedBy: me.id, approvedAt: ctx.now() };
    ctx.db.put('penalties', approved);
    // Money measures post to the deposit ledger through its rules (R-DEP-3, R-DEP-12).
    approved = postPenaltyMoney(ctx, approved, merchant);
    ctx.db.put('penalties', approved);
    ctx.audit({ action: 'approve', resource: 'penalties', recordId: p.id, merchantId: p.merchantId, before: p, after: approved, reason: note });
    // Termination starts clearance (R-PEN-9): the base status becomes in_clearance.
    if (p.measures.some(m => m.type === 'close_store') && merchant.status !== 'in_clearance') {
        const leaving: Merchant = { ...merchant, status: 'in_clearance', clearanceStartedAt: ctx.now() };
        ctx.db.put('merchants', leaving);
        ctx.audit({ action: 'start-clearance', resource: 'merchants', recordId: merchant.id, merchantId: merchant.id, before: { status: merchant.status, clearanceStartedAt: merchant.clearanceStartedAt }, after: { status: 'in_clearance', clearanceStartedAt: leaving.clearanceStartedAt }, reason: `Penalty ${p.id}: store closed, clearance starts (R-PEN-9)` });
    }
    const days = ctx.settings().clearanceDays;
    ctx.notify({
        merchantId: p.merchantId,
        kind: 'penalty-approved',
        subject: `Market management measures: penalty ${p.id}`,
        content: `Ground: ${p.ground.description} (${p.ground.ruleId}). Measures: ${measureListEn(p.measures)}, from ${p.startsOn}${p.endsOn ? ` until ${p.endsOn}` : ' (permanent)'}.${p.measures.some(m => m.type === 'close_store') ? ` Your agreement is terminated: within ${days} days finish your transactions, settle disputes and penalties and pay any damages (R-PEN-9).` : ''} You may appeal with materials (R-PEN-7).`,
        resource: 'penalties',
        recordId: p.id,
    });
    return { body: view(ctx, approved) };
});

const rejectRoute = action('reject', 'Reject a proposed penalty (reason required)', ctx => {
    ctx.require('penalties', 'reject', 'reject penalty proposals');
    const p = loadPenalty(ctx);
    const status = transition(p, 'reject');
    const reason = requireNote(body(ctx));
    const rejected: Penalty = { ...p, status, endedAt: ctx.now(), endReason: reason };
    ctx.db.put('penalties', rejected);
    // The merchant was never told of the proposal, so a rejected one sends no notice.
    ctx.audit({ action: 'reject', resource: 'penalties', recordId: p.id, merchantId: p.merchantId, before: p, after: rejected, reason });
    return { body: view(ctx, rejected) };
});

const liftRoute = action('lift', 'Lift an active penalty early; reverses its deductions (supervisor for permanent measures)', ctx => {
    ctx.require('penalties', 'lift', 'lift penalties');
    const p = loadPenalty(ctx);
    transition(p, 'lift');
    const refusal = liftRefusal(p, ctx.me().role);
    if (refusal) throw forbidden(refusal, 'R-PEN-2');
    const reason = requireNote(body(ctx));
    return { body: view(ctx, endPenalty(ctx, p, 'lift', reason)) };
});

/** Overturning is a decision by someone other than the proposer (R-PEN-7). */
const overturn = (ctx: Ctx, p: Penalty, reason: string, appealDecided: boolean): Penalty => {
    transition(p, 'overturn');
    if (p.proposedBy === ctx.me().id)
        throw forbidden('You proposed this penalty: someone other than the proposer must decide to overturn it (R-PEN-7).', 'R-PEN-7');
    const appeal = p.appeal && (appealDecided || p.appeal.status === 'pending')
        ? { ...p.appeal, status: 'overturned' as const, decidedBy: ctx.me().id, decidedAt: ctx.now(), decisionNote: reason }
        : p.appeal;
    return endPenalty(ctx, p, 'overturn', reason, { appeal });
};

const overturnRoute = action('overturn', 'Overturn an active penalty on review (not by its proposer); restores what it took', ctx => {
    ctx.require('penalties', 'overturn', 'overturn penalties');
    const p = loadPenalty(ctx);
    const reason = requireNote(body(ctx));
    return { body: view(ctx, overturn(ctx, p, reason, false)) };
});

const appealRoute = action('appeal', "Record the merchant's appeal: statement and attachment fileIds (R-PEN-7)", ctx => {
    ctx.require('penalties', 'appeal', 'record appeals');
    const p = loadPenalty(ctx);
    if (p.status !== 'active') throw conflict(`Only an active penalty can be appealed; this one is ${p.status}.`, 'R-PEN-7');
    if (p.appeal) throw conflict(`This penalty was already appealed on ${chinaDate(p.appeal.submittedAt)}: the platform decides finally, once (R-PEN-7).`, 'R-PEN-7');
    const input = body(ctx);
    const errors: Record<string, string> = {};
    if (typeof input.statement !== 'string' || input.statement.trim().length < 20) errors.statement = "The merchant's statement and plan of action, at least 20 characters";
    const fileIds = input.fileIds ?? [];
    if (!Array.isArray(fileIds) || fileIds.some(f => typeof f !== 'string')) errors.fileIds = 'A list of uploaded file ids';
    else {
        const missing = (fileIds as string[]).filter(id => !fileOf(ctx, id));
        if (missing.length) errors.fileIds = `Unknown files: ${missing.join(', ')}. Upload them first (POST /files).`;
        if (fileIds.length > 20) errors.fileIds = 'At most 20 attachments';
    }
    assertValid(errors, 'The appeal is not complete; nothing was saved.');
    const appealed: Penalty = {
        ...p,
        appeal: { submittedAt: ctx.now(), statement: (input.statement as string).trim(), fileIds: fileIds as string[], status: 'pending', decidedBy: null, decidedAt: null, decisionNote: '' },
    };
    ctx.db.put('penalties', appealed);
    ctx.audit({ action: 'appeal', resource: 'penalties', recordId: p.id, merchantId: p.merchantId, before: p, after: appealed, reason: 'Merchant appeal recorded (R-PEN-7)' });
    ctx.notify({ merchantId: p.merchantId, kind: 'penalty-appeal-received', subject: `Appeal received: penalty ${p.id}`, content: `We received your appeal against penalty ${p.id} with ${(fileIds as string[]).length} attachment(s). The platform will decide and tell you the outcome (R-PEN-7).`, resource: 'penalties', recordId: p.id });
    return { body: view(ctx, appealed) };
});

const decideAppealRoute = action('decide-appeal', "Decide the merchant's appeal: outcome upheld | overturned, note (not by the proposer)", ctx => {
    ctx.require('penalties', 'decide-appeal', 'decide appeals');
    const p = loadPenalty(ctx);
    if (!p.appeal || p.appeal.status !== 'pending') throw conflict('There is no pending appeal on this penalty.', 'R-PEN-7');
    const input = body(ctx);
    if (input.outcome !== 'upheld' && input.outcome !== 'overturned') throw invalid({ outcome: 'Choose upheld (the penalty stands) or overturned (it is undone)' });
    const reason = requireNote(input);
    if (p.proposedBy === ctx.me().id)
        throw forbidden('You proposed this penalty: someone other than the proposer must decide the appeal (R-PEN-7).', 'R-PEN-7');
    if (input.outcome === 'overturned') return { body: view(ctx, overturn(ctx, p, reason, true)) };
    const upheld: Penalty = { ...p, appeal: { ...p.appeal, status: 'upheld', decidedBy: ctx.me().id, decidedAt: ctx.now(), decisionNote: reason } };
    ctx.db.put('penalties', upheld);
    ctx.audit({ action: 'decide-appeal', resource: 'penalties', recordId: p.id, merchantId: p.merchantId, before: p, after: upheld, reason });
    ctx.notify({ merchantId: p.merchantId, kind: 'penalty-appeal-upheld', subject: `Appeal decided: penalty ${p.id} stands`, content: `Your appeal against penalty ${p.id} was reviewed and the penalty stands. Reason: ${reason}. This decision is final (R-PEN-7).`, resource: 'penalties', recordId: p.id });
    return { body: view(ctx, upheld) };
});

const publishRoute = action('publish', 'Set the publish flag of a penalty: { publish: boolean } (R-PEN-8)', ctx => {
    ctx.require('penalties', 'publish', 'publish penalties');
    const p = loadPenalty(ctx);
    const input = body(ctx);
    if (typeof input.publish !== 'boolean') throw invalid({ publish: 'true to publish the notice, false to withdraw it' });
    // A notice may be withdrawn at any time, but only a proposed or active penalty is published.
    if (input.publish && p.status !== 'proposed' && p.status !== 'active')
        throw conflict(`A ${p.status} penalty is not published: only a proposed or active one (R-PEN-8).`, 'R-PEN-8');
    if (p.publish === input.publish) return { body: view(ctx, p) };
    const changed: Penalty = { ...p, publish: input.publish };
    ctx.db.put('penalties', changed);
    ctx.audit({ action: input.publish ? 'publish' : 'unpublish', resource: 'penalties', recordId: p.id, merchantId: p.merchantId, before: { publish: p.publish }, after: { publish: changed.publish }, reason: 'R-PEN-8' });
    ctx.notify({
        merchantId: p.merchantId,
        kind: input.publish ? 'penalty-published' : 'penalty-unpublished',
        subject: input.publish ? `Penalty ${p.id} will be published` : `Publication of penalty ${p.id} withdrawn`,
        content: input.publish ? `The platform publishes your store name, the violation and the measures of penalty ${p.id} (R-PEN-8).` : `The public notice of penalty ${p.id} is withdrawn.`,
        resource: 'penalties',
        recordId: p.id,
    });
    return { body: view(ctx, changed) };
});

/** R-PEN-2: temporary measures end on their end date by the clock, with no one acting. */
export const expirePenalties = (ctx: Ctx) => {
    const today = ctx.today();
    for (const p of ctx.db.all<Penalty>('penalties')) {
        if (p.status === 'active' && p.endsOn !== null && today >= p.endsOn) endPenalty(ctx, p, 'expire', `End date ${p.endsOn} reached (mock clock)`);
    }
};

const actions: Route[] = [proposeRoute, approveRoute, rejectRoute, liftRoute, overturnRoute, appealRoute, decideAppealRoute, publishRoute];
// The propose route replaces the generic POST.
export const penaltyRoutes: Route[] = [...actions, ...generic.filter(g => !actions.some(a => a.method === g.method && a.path === g.path))];
