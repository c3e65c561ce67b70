// Complaints (R-CMP-1 to R-CMP-10): filed by customer service on behalf of a complainant, the
// accused notified with a response deadline, evidence from both sides, a decision with
// compensation, deduction from the deposit when unpaid, and infringement measures. Every action
// is a POST /complaints/:id/<action> that checks the role, the state machine, audits and notifies.
import {
    addDays,
    agentAction,
    canComplaint,
    COMPLAINT_TRANSITIONS,
    compensationOverdue,
    deadlinePassed,
    formatMoney,
    MAX_SUSPENSION_DAYS,
    mayClose,
    mayDecideOnComplainantMaterials,
    mayMarkMalicious,
    mayWarnInfringement,
    parseDeadline,
    validateComplaintInput,
    validateComplaintDecision,
    validateReason,
    type Complaint,
    type ComplaintAction,
    type Merchant,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, conflict, invalid, notFound } from '../core/errors';
import { listReply, queryRecords, resourceRoutes, type ResourceDefinition } from '../core/resource';
import { parseListParams } from '../core/query';
import type { Route } from '../core/router';
import { deductionApprovalByComplaint, deductionByComplaint, evidenceByComplaint } from '../services/complaintIndex';
import { complaintTimeline } from './complaintTimeline';
import { fileOf } from '../services/files';

const STATUS_LABEL: Record<Complaint['status'], string> = {
    new: 'new',
    awaiting_response: 'awaiting the merchant’s response',
    in_review: 'in review',
    decided: 'decided',
    closed: 'closed',
    declined: 'declined',
};

/** Derived fields on read (never stored): merchant name, deadline state, links to the ledger, queue. */
export const presentComplaint = (c: Complaint, ctx: Ctx): Complaint => {
    const now = ctx.now();
    const merchant = ctx.db.get<Merchant>('merchants', c.merchantId);
    const evidence = evidenceByComplaint(ctx).get(c.id) ?? [];
    // R-CMP-7: a deduction posted through the ledger route is linked back by its complaintId.
    const entry = deductionByComplaint(ctx).get(c.id);
    const approval = deductionApprovalByComplaint(ctx).get(c.id);
    const linked: Complaint = {
        ...c,
        deductionEntryId: c.deductionEntryId ?? entry?.id ?? (approval?.status === 'approved' ? approval.entryId : null) ?? null,
        deductionApprovalId: c.deductionApprovalId ?? (approval && approval.status !== 'rejected' ? approval.id : null),
    };
    const merchantEvidenceBeforeDeadline =
        !!c.responseDeadline && evidence.some(e => e.party === 'merchant' && Date.parse(e.submittedAt) <= Date.parse(c.responseDeadline!));
    const action = agentAction(linked, now);
    return {
        ...linked,
        merchantName: merchant ? `${merchant.nameZh} · ${merchant.nameEn}` : c.merchantId,
        deadlinePassed: deadlinePassed(c, now),
        mayDecideOnComplainantMaterials: mayDecideOnComplainantMaterials(c, now, merchantEvidenceBeforeDeadline),
        compensationOverdue: compensationOverdue(linked, ctx.today()),
        needsAction: action.needsAction,
        actionDueAt: action.dueAt,
        evidenceCount: evidence.length,
    };
};

const complaintDef: ResourceDefinition<Complaint> = {
    name: 'complaints',
    searchFields: ['number', 'orderRef', 'complainantName', 'merchantName', 'merchantId'],
    filters: {
        /** The agent's queue. */
        needsAction: (c, v) => Boolean(c.needsAction) === (v === true || v === 'true'),
        /** Response deadline still ahead and within N days. */
        deadlineWithin: (c, v, ctx) => {
            const days = Number(v);
            if (!c.responseDeadline || c.status !== 'awaiting_response' || !Number.isFinite(days)) return false;
            const t = Date.parse(c.responseDeadline);
            const now = ctx.nowDate().getTime();
            return t >= now && t <= now + days * 86_400_000;
        },
        /** Something is late: the response deadline passed while waiting, or compensation is unpaid past due. */
        overdue: (c, v) => {
            const late = (c.status === 'awaiting_response' && !!c.deadlinePassed) || !!c.compensationOverdue;
            return late === (v === true || v === 'true');
        },
    },
    present: presentComplaint,
    merchantIdOf: c => c.merchantId,
    readOnlyReason: 'A complaint changes only through its actions (set-deadline, record-response, decide, decline, mark-paid, mark-malicious, close): nothing is edited or deleted, so the case history stays whole (R-PRV-2).',
    create: (input, ctx) => {
        const { errors, value } = validateComplaintInput(input);
        if (value.merchantId && !ctx.db.get<Merchant>('merchants', value.merchantId)) errors.merchantId = `No merchant "${value.merchantId}" exists: choose the accused merchant from the list.`;
        assertValid(errors);
        const id = ctx.db.nextId('cmp');
        const complaint: Complaint = {
            id,
            number: `CMP-${id.slice(4)}`,
            ...value,
            status: 'new',
            filedAt: ctx.now(),
            filedBy: ctx.me().id,
            assigneeId: ctx.me().id,
            accusedNotifiedAt: null,
            responseDeadline: null,
            merchantRespondedAt: null,
            decision: null,
            compensationPaidAt: null,
            deductionEntryId: null,
            deductionApprovalId: null,
            penaltyId: null,
            malicious: false,
            maliciousNote: '',
            closedAt: null,
            infringement: null,
        };
        return complaint;
    },
};

const load = (ctx: Ctx): Complaint => {
    const c = ctx.db.get<Complaint>('complaints', ctx.params.id);
    if (!c) throw notFound('complaints', ctx.params.id);
    return c;
};

const body = (ctx: Ctx): Record<string, unknown> => (ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>) : {});

/** 409 naming the current status when the state machine does not allow the action. */
const assertTransition = (c: Complaint, action: ComplaintAction, what: string, rule: string) => {
    if (!canComplaint(c.status, action)) {
        const from = COMPLAINT_TRANSITIONS[action].from.map(s => STATUS_LABEL[s]).join(', ');
        throw conflict(`This complaint is ${STATUS_LABEL[c.status]}: it cannot be ${what} (only a complaint that is ${from} can, ${rule}).`, rule);
    }
};

/** Writes the change, audits it (R-PRV-2) and answers the presented record. */
const save = (ctx: Ctx, before: Complaint, after: Complaint, action: string, reason = '') => {
    ctx.db.put('complaints', after);
    ctx.audit({ action, resource: 'complaints', recordId: after.id, merchantId: after.merchantId, before, after, reason });
    return { body: presentComplaint(after, ctx) };
};

const action = (name: string, summary: string, permission: string, what: string, handler: (ctx: Ctx, c: Complaint) => { body: unknown }): Route => ({
    method: 'POST',
    path: `/complaints/:id/${name}`,
    write: true,
    summary,
    handler: ctx => {
        ctx.require('complaints', permission, what);
        return handler(ctx, load(ctx));
    },
});

const fmtDeadline = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const complaintActionRoutes: Route[] = [
    {
        method: 'GET',
        path: '/complaints/queue',
        summary: 'Complaints awaiting an agent’s action, the most urgent deadline first',
        handler: ctx => {
            ctx.require('complaints', 'list', 'read complaints');
            const { range, filter } = parseListParams(ctx.url.searchParams);
            const rows = queryRecords(complaintDef, ctx, { ...filter, needsAction: true }, { field: 'actionDueAt', order: 'ASC' });
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('complaints', rows.slice(start, end + 1), rows.length, start);
        },
    },
    {
        method: 'GET',
        path: '/complaints/:id/timeline',
        summary: 'The case timeline: filed, accused notified, evidence from each side, deadline, decision, payment or deduction',
        handler: ctx => {
            ctx.require('complaints', 'show', 'read complaints');
            return { body: complaintTimeline(ctx, presentComplaint(load(ctx), ctx)) };
        },
    },
    action('set-deadline', 'Set (or extend) the accused merchant’s response deadline and notify it (R-CMP-4, R-NOT-1)', 'set-deadline', 'set a response deadline', (ctx, c) => {
        assertTransition(c, 'set_deadline', 'sent to the merchant with a deadline', 'R-CMP-4');
        const { error, deadline } = parseDeadline(body(ctx).deadline, ctx.now());
        if (error) throw invalid({ deadline: error });
        if (c.responseDeadline && Date.parse(deadline!) <= Date.parse(c.responseDeadline))
            throw invalid({ deadline: 'An extension must be later than the current deadline.' });
        const after: Complaint = { ...c, status: 'awaiting_response', responseDeadline: deadline, accusedNotifiedAt: c.accusedNotifiedAt ?? ctx.now() };
        ctx.notify({
            merchantId: c.merchantId,
            kind: c.responseDeadline ? 'complaint_deadline_extended' : 'complaint_response_requested',
            subject: `Complaint ${c.number}: respond by ${fmtDeadline(deadline!)}`,
            content: `A complaint (${c.type.replace(/_/g, ' ')}${c.orderRef ? `, order ${c.orderRef}` : ''}) has been filed against your store. Submit your response and evidence by ${fmtDeadline(deadline!)}. If you do not respond by then, the platform may decide on the complainant’s materials alone (R-CMP-5).`,
            resource: 'complaints',
            recordId: c.id,
        });
        return save(ctx, c, after, 'set-deadline', c.responseDeadline ? `Deadline extended from ${c.responseDeadline}` : '');
    }),
    action('record-response', 'Record the accused merchant’s response (R-CMP-4); late responses are marked late', 'record-response', 'record a merchant response', (ctx, c) => {
        assertTransition(c, 'record_response', 'given a merchant response', 'R-CMP-4');
        const errors = validateReason(body(ctx).statement, 'statement', 'the merchant’s statement');
        assertValid(errors);
        const late = deadlinePassed(c, ctx.now());
        const after: Complaint = { ...c, status: 'in_review', merchantRespondedAt: ctx.now() };
        return save(ctx, c, after, 'record-response', `${late ? '[late] ' : ''}${String(body(ctx).statement).trim()}`);
    }),
    action('decide', 'Decide: upheld, partly upheld or rejected, with compensation and a payment due date (R-CMP-7, R-NOT-1)', 'decide', 'decide complaints', (ctx, c) => {
        if (c.decision) throw conflict(`This complaint is ${STATUS_LABEL[c.status]}: it was already decided (${c.decision.outcome.replace('_', ' ')}) on ${c.decision.decidedAt.slice(0, 10)} and cannot be decided again.`, 'R-CMP-7');
        assertTransition(c, 'decide', 'decided', 'R-CMP-7');
        const { errors, value } = validateComplaintDecision(body(ctx), c, ctx.today());
        // R-CMP-5: while the merchant still has time, deciding would deny it its say.
        if (c.status === 'awaiting_response' && !deadlinePassed(c, ctx.now()) && !c.merchantRespondedAt)
            throw conflict(`The merchant has until ${fmtDeadline(c.responseDeadline!)} to respond: decide after its response or once the deadline has passed (R-CMP-4, R-CMP-5).`, 'R-CMP-5');
        assertValid(errors);
        const after: Complaint = { ...c, status: 'decided', decision: { ...value, decidedBy: ctx.me().id, decidedAt: ctx.now() } };
        const comp = value.compensation ? ` You owe the complainant ${formatMoney(value.compensation)} by ${value.paymentDueDate}; if it is not paid by then it will be deducted from your deposit (R-CMP-7, R-DEP-3).` : '';
        ctx.notify({
            merchantId: c.merchantId,
            kind: 'complaint_decision',
            subject: `Complaint ${c.number}: ${value.outcome.replace('_', ' ')}`,
            content: `The complaint ${c.number} has been decided: ${value.outcome.replace('_', ' ')}. Reason: ${value.reason}.${comp}`,
            resource: 'complaints',
            recordId: c.id,
        });
        return save(ctx, c, after, 'decide', value.reason);
    }),
    action('decline', 'Decline to handle the complaint, with the reason recorded (R-CMP-3)', 'decline', 'decline complaints', (ctx, c) => {
        if (c.decision || c.status === 'declined') throw conflict(`This complaint is ${STATUS_LABEL[c.status]}: it cannot be declined.`, 'R-CMP-3');
        assertTransition(c, 'decline', 'declined', 'R-CMP-3');
        const reason = body(ctx).reason;
        assertValid(validateReason(reason, 'reason', 'the reason for declining (R-CMP-3)'));
        const r = String(reason).trim();
        const after: Complaint = { ...c, status: 'declined', decision: { outcome: 'declined', reason: r, compensation: null, paymentDueDate: null, decidedBy: ctx.me().id, decidedAt: ctx.now() } };
        if (c.accusedNotifiedAt)
            ctx.notify({
                merchantId: c.merchantId,
                kind: 'complaint_decision',
                subject: `Complaint ${c.number}: declined`,
                content: `The platform has declined to handle complaint ${c.number}. No action is required from you.`,
                resource: 'complaints',
                recordId: c.id,
            });
        return save(ctx, c, after, 'decline', r);
    }),
    action('mark-paid', 'Record that the merchant paid the compensation (R-CMP-7)', 'mark-paid', 'record compensation payments', (ctx, c) => {
        if (c.status !== 'decided' || !c.decision?.compensation) throw conflict(`This complaint is ${STATUS_LABEL[c.status]}${c.decision && !c.decision.compensation ? ' without compensation' : ''}: there is no compensation to mark paid.`, 'R-CMP-7');
        const presented = presentComplaint(c, ctx);
        if (c.compensationPaidAt) throw conflict(`The compensation was already recorded as paid on ${c.compensationPaidAt.slice(0, 10)}.`, 'R-CMP-7');
        if (presented.deductionEntryId || presented.deductionApprovalId)
            throw conflict('A deduction from the deposit has already been posted or requested for this compensation; reverse it through the ledger before recording a payment (R-DEP-12).', 'R-CMP-7');
        const note = String(body(ctx).note ?? '').trim();
        return save(ctx, c, { ...c, compensationPaidAt: ctx.now() }, 'mark-paid', note);
    }),
    action('mark-malicious', 'Mark the complaint malicious: proven untrue, the complainant is liable (R-CMP-9)', 'mark-malicious', 'mark complaints malicious', (ctx, c) => {
        if (!mayMarkMalicious(c))
            throw conflict(c.malicious ? 'This complaint is already marked malicious.' : `This complaint is ${STATUS_LABEL[c.status]}${c.decision ? ` (${c.decision.outcome.replace('_', ' ')})` : ''}: only a rejected or declined complaint can be marked malicious (R-CMP-9).`, 'R-CMP-9');
        const note = body(ctx).note;
        assertValid(validateReason(note, 'note', 'what shows the complaint was untrue and whom it harmed (R-CMP-9)'));
        return save(ctx, c, { ...c, malicious: true, maliciousNote: String(note).trim() }, 'mark-malicious', String(note).trim());
    }),
    action('close', 'Close a decided complaint once nothing is owed', 'close', 'close complaints', (ctx, c) => {
        assertTransition(c, 'close', 'closed', 'R-CMP-7');
        if (!mayClose(presentComplaint(c, ctx)))
            throw conflict('The compensation is neither paid nor deducted from the deposit yet: the case stays open until it is (R-CMP-7).', 'R-CMP-7');
        return save(ctx, c, { ...c, status: 'closed', closedAt: ctx.now() }, 'close');
    }),
    action('infringement-warning', 'Infringement notice: warn the merchant and suspend it temporarily (R-CMP-10, R-NOT-1)', 'infringement', 'act on infringement notices', (ctx, c) => {
        if (!mayWarnInfringement(c))
            throw conflict(c.type !== 'ip_infringement' ? 'Only an intellectual-property infringement complaint leads to a warning and temporary suspension (R-CMP-10).' : c.infringement ? 'A warning and suspension are already recorded on this complaint.' : `This complaint is ${STATUS_LABEL[c.status]}.`, 'R-CMP-10');
        const b = body(ctx);
        const errors: Record<string, string> = {};
        const days = b.suspensionDays;
        if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_SUSPENSION_DAYS) errors.suspensionDays = `Suspend for 1 to ${MAX_SUSPENSION_DAYS} days.`;
        Object.assign(errors, validateReason(b.note, 'note', 'the warning text sent to the merchant'));
        assertValid(errors);
        const from = ctx.today();
        const until = addDays(from, days as number);
        const after: Complaint = {
            ...c,
            infringement: { warnedAt: ctx.now(), warnedBy: ctx.me().id, suspendedFrom: from, suspendedUntil: until, note: String(b.note).trim(), penaltyId: null, restoration: null },
        };
        ctx.notify({
            merchantId: c.merchantId,
            kind: 'infringement_warning',
            subject: `Warning and temporary suspension: infringement notice ${c.number}`,
            content: `An intellectual-property infringement notice was received against your store. ${String(b.note).trim()} Your store is suspended from ${from} until ${until}. You may apply for restoration with proof or corrected information (R-CMP-10).`,
            resource: 'complaints',
            recordId: c.id,
        });
        return save(ctx, c, after, 'infringement-warning', String(b.note).trim());
    }),
    action('restoration-request', 'Record the merchant’s restoration request with proof files (R-CMP-10)', 'infringement', 'record restoration requests', (ctx, c) => {
        if (!c.infringement) throw conflict('No warning or suspension is recorded on this complaint: there is nothing to restore (R-CMP-10).', 'R-CMP-10');
        if (c.infringement.restoration?.status === 'pending') throw conflict('A restoration request is already waiting for review.', 'R-CMP-10');
        if (c.infringement.restoration?.status === 'restored') throw conflict('The merchant has already been restored.', 'R-CMP-10');
        const b = body(ctx);
        const errors = validateReason(b.statement, 'statement', 'the merchant’s statement');
        const fileIds = Array.isArray(b.fileIds) ? (b.fileIds as unknown[]) : [];
        if (fileIds.length === 0) errors.fileIds = 'Attach the proof or corrected information (at least one file, R-CMP-10).';
        else if (fileIds.some(id => typeof id !== 'string' || !fileOf(ctx, id))) errors.fileIds = 'One of the files does not exist: upload it again.';
        assertValid(errors);
        const after: Complaint = {
            ...c,
            infringement: {
                ...c.infringement,
                restoration: { requestedAt: ctx.now(), recordedBy: ctx.me().id, statement: String(b.statement).trim(), fileIds: fileIds as string[], status: 'pending', reviewedBy: null, reviewedAt: null, reviewNote: '' },
            },
        };
        return save(ctx, c, after, 'restoration-request', String(b.statement).trim());
    }),
    action('restoration-review', 'Review a restoration request: restore or keep suspended (R-CMP-10, R-NOT-1)', 'infringement', 'review restoration requests', (ctx, c) => {
        const r = c.infringement?.restoration;
        if (!c.infringement || !r || r.status !== 'pending') throw conflict('There is no restoration request waiting for review on this complaint.', 'R-CMP-10');
        const b = body(ctx);
        const errors = validateReason(b.note, 'note', 'the reason for the review decision');
        if (b.outcome !== 'restore' && b.outcome !== 'keep_suspended') errors.outcome = 'Choose restore or keep suspended.';
        assertValid(errors);
        const restored = b.outcome === 'restore';
        const note = String(b.note).trim();
        const after: Complaint = {
            ...c,
            infringement: {
                ...c.infringement,
                suspendedUntil: restored && c.infringement.suspendedUntil > ctx.today() ? ctx.today() : c.infringement.suspendedUntil,
                restoration: { ...r, status: restored ? 'restored' : 'kept_suspended', reviewedBy: ctx.me().id, reviewedAt: ctx.now(), reviewNote: note },
            },
        };
        ctx.notify({
            merchantId: c.merchantId,
            kind: 'restoration_decision',
            subject: `Restoration request ${c.number}: ${restored ? 'restored' : 'kept suspended'}`,
            content: restored ? `Your restoration request was accepted; the suspension ends today. ${note}` : `Your restoration request was not accepted; the suspension stays until ${c.infringement.suspendedUntil}. ${note}`,
            resource: 'complaints',
            recordId: c.id,
        });
        return save(ctx, c, after, 'restoration-review', note);
    }),
];

export const complaintRoutes: Route[] = [...complaintActionRoutes, ...resourceRoutes(complaintDef)];
