// Merchants (R-REG-1 to R-REG-13, R-PRV-1, R-NOT-1): list with derived review clock, related
// accounts, licence expiry and deposit status; masked contact data; validated edits that never
// change the status; decisions, resubmission, contact reveal and on-site checks.
import {
    blockingFailures,
    chinaDate,
    CONTACT_FIELDS,
    daysBetween,
    isIsoDate,
    maskContact,
    MERCHANT_EDITABLE_FIELDS,
    nextStatus,
    REGISTRATION_TRANSITIONS,
    runChecks,
    validateDecision,
    validateMerchantFields,
    workingDayClock,
    type Category,
    type CheckResult,
    type DecisionKind,
    type Merchant,
    type MerchantDocument,
    type OnSiteCheck,
    type Penalty,
    type RegistrationDecision,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, badRequest, conflict, invalid, notFound } from '../core/errors';
import { resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import { depositPosition } from '../services/depositPosition';
import { effectiveStatus, effectiveStatusOf } from '../services/merchantStatus';
import { documentsOf, licenceOf, memoClock, memoPerRecord, relatedOf, usccHolders } from '../services/registrationIndex';
import { fileOf } from '../services/files';

export type PresentedMerchant = Merchant & {
    reviewDaysLeft?: number | null;
    reviewOverdue?: boolean;
};

const PENDING = new Set(['pending_review', 'info_requested']);

/** R-REG-12 review clock: due = submission date + N working days over the settings calendar. */
export const reviewClock = (ctx: Ctx, m: Merchant) => {
    if (!PENDING.has(m.status)) return null;
    const s = ctx.settings();
    const start = chinaDate(m.submittedAt);
    return memoClock(ctx, `review:${start}`, () => workingDayClock(start, s.activationWorkingDays, ctx.today(), s.calendar));
};

export const presentMerchant = (m: Merchant, ctx: Ctx): PresentedMerchant => {
    const clock = reviewClock(ctx, m);
    return {
        ...m,
        status: effectiveStatus(ctx, m),
        reviewDueDate: clock?.dueDate ?? undefined,
        reviewDaysLeft: clock ? clock.daysLeft : null,
        reviewOverdue: clock?.overdue ?? false,
        relatedMerchantIds: relatedOf(ctx, m.id).map(r => r.merchantId),
        licenceExpiresOn: licenceOf(ctx, m.id)?.expiresOn ?? null,
        depositStatus: depositPosition(ctx, m).status,
    };
};

const truthy = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';

export const merchantDefinition: ResourceDefinition<PresentedMerchant> = {
    name: 'merchants',
    searchFields: ['nameZh', 'nameEn', 'uscc', 'legalRepresentative', 'storeName'],
    // Reads only: memoised per record and data version (20,000 merchants in the large seed).
    present: (m, ctx) => memoPerRecord(ctx, 'merchant', m.id, () => presentMerchant(m, ctx)),
    // What presentMerchant adds or changes: a list that filters and sorts on none of these
    // presents only the page it returns (mock/core/listQuery.ts).
    derivedFields: ['status', 'reviewDueDate', 'reviewDaysLeft', 'reviewOverdue', 'relatedMerchantIds', 'licenceExpiresOn', 'depositStatus'],
    // The derived fields the lists filter and sort on, each computed alone (what presentMerchant
    // puts there): a status filter resolves only the status of each merchant (R-PEN-10: the
    // stored status refined by the measures in force today), not the whole presentation.
    derivedResolvers: {
        status: {
            reads: ['penalties'],
            value: (m, ctx) => effectiveStatus(ctx, m),
            batch: ctx => effectiveStatusOf(ctx),
            // A penalty written changes the status of its merchant only (before and after the write).
            affected: (_resource, changes) => changes.flatMap(c => [c.before, c.after].map(p => (p as Penalty | undefined)?.merchantId ?? '')).filter(Boolean),
        },
        // R-REG-12: the review clock's due date over the settings' working-day calendar.
        reviewDueDate: { reads: ['settings'], value: (m, ctx) => reviewClock(ctx, m)?.dueDate ?? undefined },
    },
    // R-PRV-1: contact data is masked in every list and show response; see reveal-contact.
    redact: m => maskContact(m),
    filters: {
        // R-REG-11: '30d' = expiring within the warning window, 'expired' = already expired.
        licenceExpiring: (m, value, ctx) => {
            if (!m.licenceExpiresOn) return false;
            const days = daysBetween(ctx.today(), m.licenceExpiresOn);
            if (value === 'expired') return days < 0;
            if (value === '30d') return days >= 0 && days <= ctx.settings().licenceExpiryWarningDays;
            if (value === 'any') return days <= ctx.settings().licenceExpiryWarningDays;
            return true;
        },
        // R-REG-6
        hasRelated: (m, value) => (m.relatedMerchantIds?.length ?? 0) > 0 === truthy(value),
        // R-REG-12
        reviewOverdue: (m, value) => Boolean(m.reviewOverdue) === truthy(value),
    },
    readOnlyReason: 'Merchants register themselves; a merchant record cannot be created or deleted here. Status changes only through decisions (R-REG-9) and measures in force (R-PEN-10).',
    merchantIdOf: m => m.id,
};

const loadMerchant = (ctx: Ctx): Merchant => {
    const m = ctx.db.get<Merchant>('merchants', ctx.params.id);
    if (!m) throw notFound('merchants', ctx.params.id);
    return m;
};

const view = (ctx: Ctx, m: Merchant) => maskContact(presentMerchant(m, ctx));

export const checksFor = (ctx: Ctx, m: Merchant): CheckResult[] => {
    const settings = ctx.settings();
    return runChecks({
        merchant: m,
        licence: licenceOf(ctx, m.id),
        documents: documentsOf(ctx, m.id),
        settings,
        today: ctx.today(),
        related: relatedOf(ctx, m.id),
        blockList: settings.blockList,
    });
};

/** Applies edited fields to a merchant with full validation (shared with change reports). */
export const applyMerchantEdit = (ctx: Ctx, existing: Merchant, input: Record<string, unknown>): Merchant => {
    // R-REG-9, R-PEN-10: a status is never set by editing.
    if ('status' in input && input.status !== existing.status && input.status !== effectiveStatus(ctx, existing))
        throw invalid(
            { status: 'The status changes only through a registration decision (R-REG-9) or measures in force (R-PEN-10), never by editing.' },
            'The status cannot be edited.',
        );
    const patch: Record<string, unknown> = {};
    for (const f of MERCHANT_EDITABLE_FIELDS) {
        if (!(f in input)) continue;
        let value = input[f];
        if (typeof value === 'string') value = value.trim();
        // A masked contact value sent back unchanged keeps the stored one (R-PRV-1).
        if ((CONTACT_FIELDS as readonly string[]).includes(f) && value === maskContact(existing)[f as (typeof CONTACT_FIELDS)[number]]) continue;
        patch[f] = value;
    }
    if (typeof patch.uscc === 'string') patch.uscc = patch.uscc.toUpperCase();
    const updated = { ...existing, ...patch } as Merchant;
    const categories = new Set(ctx.db.all<Category>('categories').map(c => c.id));
    const errors = validateMerchantFields(updated, {
        today: ctx.today(),
        categoryIds: categories,
        usccTakenBy: code => usccHolders(ctx, code).find(id => id !== existing.id) ?? null,
    });
    // Only report what the edit touched or left invalid.
    assertValid(errors, 'Some fields are not valid; nothing was saved.');
    return updated;
};

/** The fields that differ, for a readable audit entry (contact data masked, R-PRV-1). */
const diff = (before: Merchant, after: Merchant) => {
    const b: Record<string, unknown> = {};
    const a: Record<string, unknown> = {};
    const mb = maskContact(before);
    const ma = maskContact(after);
    for (const f of MERCHANT_EDITABLE_FIELDS)
        if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) {
            b[f] = mb[f];
            a[f] = ma[f];
        }
    return { before: b, after: a };
};

const DECISION_NOTICE: Record<DecisionKind, (m: Merchant, note: string) => { subject: string; content: string }> = {
    approve: m => ({
        subject: 'Your registration is approved / 您的入驻申请已通过',
        content: `Dear ${m.nameEn}, your registration on the platform has been approved. 您好，${m.nameZh}：您的入驻申请已审核通过。`,
    }),
    // R-REG-9 (003 §4.2): the merchant need not be told why; the reason stays internal.
    reject: m => ({
        subject: 'Your registration was not approved / 您的入驻申请未通过',
        content: `Dear ${m.nameEn}, after review your registration could not be approved. 您好，${m.nameZh}：经审核，您的入驻申请未能通过。`,
    }),
    request_info: (m, note) => ({
        subject: 'More information needed for your registration / 入驻申请需补充材料',
        content: `Dear ${m.nameEn}, please provide the following so we can continue the review: ${note} 您好，${m.nameZh}：请补充以下材料以便继续审核：${note}`,
    }),
};

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

const customRoutes: Route[] = [
    {
        method: 'PUT',
        path: '/merchants/:id',
        write: true,
        summary: 'Edit a merchant’s registration data (validated; never the status: R-REG-9, R-PEN-10)',
        handler: ctx => {
            ctx.require('merchants', 'edit', 'edit merchant data');
            const existing = loadMerchant(ctx);
            const body = ctx.body;
            if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
            const updated = applyMerchantEdit(ctx, existing, body as Record<string, unknown>);
            ctx.db.put('merchants', updated);
            const { before, after } = diff(existing, updated);
            ctx.audit({ action: 'update', resource: 'merchants', recordId: existing.id, merchantId: existing.id, before, after });
            return { body: view(ctx, updated) };
        },
    },
    {
        method: 'GET',
        path: '/merchants/:id/checks',
        summary: 'The automatic registration checks with rule, status and reason (R-REG-3..8, 11, 13, 6)',
        handler: ctx => {
            ctx.require('merchants', 'show', 'read merchants');
            return { body: checksFor(ctx, loadMerchant(ctx)) };
        },
    },
    {
        method: 'GET',
        path: '/merchants/:id/related',
        summary: 'Accounts sharing the USCC, legal representative or phone (R-REG-6)',
        handler: ctx => {
            ctx.require('merchants', 'show', 'read merchants');
            return { body: relatedOf(ctx, loadMerchant(ctx).id) };
        },
    },
    {
        method: 'POST',
        path: '/merchants/:id/decisions',
        write: true,
        summary: 'Record a registration decision {kind, reasonCode, note}: approve / reject / request_info (R-REG-9)',
        handler: ctx => {
            ctx.require('merchants', 'decide', 'decide on registrations');
            const m = loadMerchant(ctx);
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            assertValid(validateDecision(body), 'The decision is incomplete; nothing was recorded.');
            const kind = body.kind as DecisionKind;
            const to = nextStatus(REGISTRATION_TRANSITIONS, m.status, kind);
            if (!to) throw conflict(`A merchant in status "${m.status}" cannot be given the decision "${kind}" (R-REG-9).`, 'R-REG-9');
            if (kind === 'approve') {
                const failing = blockingFailures(checksFor(ctx, m));
                if (failing.length)
                    throw conflict(
                        `Approval refused: blocking check(s) fail: ${failing.map(f => `${f.id} (${f.ruleId}): ${f.reason}`).join(' ')}`,
                        failing.map(f => f.ruleId).join(', '),
                    );
            }
            const decision: RegistrationDecision = {
                id: `${m.id}-d${m.decisions.length + 1}`,
                kind,
                reasonCode: body.reasonCode as string,
                note: str(body.note),
                decidedBy: ctx.me().id,
                decidedAt: ctx.now(),
            };
            const updated: Merchant = { ...m, status: to, decisions: [...m.decisions, decision], ...(kind === 'approve' ? { approvedAt: ctx.now() } : {}) };
            ctx.db.put('merchants', updated);
            if (kind === 'approve')
                // Approving the registration approves the materials still pending (R-REG-12 "materials approved").
                for (const d of documentsOf(ctx, m.id))
                    if (d.reviewStatus === 'pending') ctx.db.put<MerchantDocument>('documents', { ...d, reviewStatus: 'approved', reviewNote: `Approved with registration decision ${decision.id}` });
            ctx.audit({
                action: `decision:${kind}`,
                resource: 'merchants',
                recordId: m.id,
                merchantId: m.id,
                before: { status: m.status },
                after: { status: to, decision },
                reason: `${decision.reasonCode}: ${decision.note}`,
            });
            // R-NOT-1: e-mail and in-site letter.
            ctx.notify({ merchantId: m.id, kind: `registration_${kind}`, ...DECISION_NOTICE[kind](m, decision.note), resource: 'merchants', recordId: m.id });
            return { status: 201, body: { decision, merchant: view(ctx, updated) } };
        },
    },
    {
        method: 'POST',
        path: '/merchants/:id/resubmit',
        write: true,
        summary: 'The merchant resubmits after a request for information (restarts the review clock)',
        handler: ctx => {
            ctx.require('merchants', 'decide', 'record a resubmission');
            const m = loadMerchant(ctx);
            const to = nextStatus(REGISTRATION_TRANSITIONS, m.status, 'resubmit');
            if (!to) throw conflict(`Only a merchant asked for more information can resubmit; this one is "${m.status}" (R-REG-9).`, 'R-REG-9');
            const note = str((ctx.body as Record<string, unknown> | undefined)?.note);
            const updated: Merchant = { ...m, status: to, submittedAt: ctx.now() };
            ctx.db.put('merchants', updated);
            ctx.audit({ action: 'resubmit', resource: 'merchants', recordId: m.id, merchantId: m.id, before: { status: m.status, submittedAt: m.submittedAt }, after: { status: to, submittedAt: updated.submittedAt }, reason: note });
            return { body: view(ctx, updated) };
        },
    },
    {
        method: 'POST',
        path: '/merchants/:id/reveal-contact',
        write: true,
        summary: 'Show the full contact data, with a reason; audited (R-PRV-1)',
        handler: ctx => {
            ctx.require('merchants', 'reveal-contact', 'reveal contact data');
            const m = loadMerchant(ctx);
            const reason = str((ctx.body as Record<string, unknown> | undefined)?.reason);
            if (reason.length < 5) throw invalid({ reason: 'Say why you need the full contact data (at least 5 characters); it is written to the audit log (R-PRV-1)' });
            ctx.audit({ action: 'reveal-contact', resource: 'merchants', recordId: m.id, merchantId: m.id, reason, after: { fields: [...CONTACT_FIELDS] } });
            return { body: { id: m.id, contactPerson: m.contactPerson, contactTitle: m.contactTitle, email: m.email, phone: m.phone, contactAddress: m.contactAddress } };
        },
    },
    {
        method: 'POST',
        path: '/merchants/:id/on-site-checks',
        write: true,
        summary: 'Schedule an on-site check {scheduledFor, note} (R-REG-5)',
        handler: ctx => {
            ctx.require('merchants', 'on-site-check', 'schedule on-site checks');
            const m = loadMerchant(ctx);
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            const errors: Record<string, string> = {};
            if (!isIsoDate(body.scheduledFor)) errors.scheduledFor = 'Give the date as YYYY-MM-DD';
            else if (daysBetween(ctx.today(), body.scheduledFor) < 0) errors.scheduledFor = 'An on-site check is scheduled for today or later';
            if (body.note !== undefined && typeof body.note !== 'string') errors.note = 'Must be text';
            assertValid(errors, 'The on-site check could not be scheduled.');
            if (m.onSiteChecks.some(c => c.status === 'scheduled'))
                throw conflict('An on-site check is already scheduled; record its result first (R-REG-5).', 'R-REG-5');
            const check: OnSiteCheck = {
                id: ctx.db.nextId('OSC'),
                scheduledFor: body.scheduledFor as string,
                scheduledBy: ctx.me().id,
                status: 'scheduled',
                note: str(body.note),
                fileIds: [],
            };
            const updated = { ...m, onSiteChecks: [...m.onSiteChecks, check] };
            ctx.db.put('merchants', updated);
            ctx.audit({ action: 'on-site-check:schedule', resource: 'merchants', recordId: m.id, merchantId: m.id, after: check });
            return { status: 201, body: check };
        },
    },
    {
        method: 'POST',
        path: '/merchants/:id/on-site-checks/:checkId/result',
        write: true,
        summary: 'Record an on-site check result {status: passed|failed, result, fileIds} (R-REG-5)',
        handler: ctx => {
            ctx.require('merchants', 'on-site-check', 'record on-site checks');
            const m = loadMerchant(ctx);
            const check = m.onSiteChecks.find(c => c.id === ctx.params.checkId);
            if (!check) throw notFound('on-site check', ctx.params.checkId);
            if (check.status !== 'scheduled') throw conflict(`This on-site check is already ${check.status}; a result is recorded once (R-REG-5).`, 'R-REG-5');
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            const errors: Record<string, string> = {};
            if (body.status !== 'passed' && body.status !== 'failed') errors.status = 'Passed or failed';
            if (str(body.result).length < 3) errors.result = 'Describe what was found (at least 3 characters)';
            const fileIds = body.fileIds ?? [];
            if (!Array.isArray(fileIds) || fileIds.some(id => typeof id !== 'string' || !fileOf(ctx, id)))
                errors.fileIds = 'Attach files uploaded through POST /files';
            assertValid(errors, 'The result could not be recorded.');
            const recorded: OnSiteCheck = {
                ...check,
                status: body.status as 'passed' | 'failed',
                result: str(body.result),
                fileIds: fileIds as string[],
                recordedBy: ctx.me().id,
                recordedAt: ctx.now(),
            };
            const updated = { ...m, onSiteChecks: m.onSiteChecks.map(c => (c.id === check.id ? recorded : c)) };
            ctx.db.put('merchants', updated);
            ctx.audit({ action: 'on-site-check:result', resource: 'merchants', recordId: m.id, merchantId: m.id, before: check, after: recorded });
            return { body: recorded };
        },
    },
];

// Custom routes first: for the same method and path the first route wins.
// The custom PUT (validated edit, never the status) replaces the generic one.
const overridden = new Set(customRoutes.map(r => `${r.method} ${r.path}`));
export const merchantRoutes: Route[] = [...customRoutes, ...resourceRoutes(merchantDefinition).filter(r => !overridden.has(`${r.method} ${r.path}`))];
