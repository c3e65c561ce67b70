// Registration change reports (R-REG-10): reported within N working days of the change, late
// ones flagged; reviewed like registrations; accepting applies the changes to the merchant
// (validated like an edit) and records before and after in the audit log.
import {
    changeReportDue,
    daysBetween,
    isIsoDate,
    isLateChangeReport,
    MERCHANT_EDITABLE_FIELDS,
    type ChangeReport,
    type FieldChange,
    type Merchant,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, conflict, invalid, notFound } from '../core/errors';
import { resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import { applyMerchantEdit } from './merchants';
import { fileOf } from '../services/files';

export const presentChangeReport = (r: ChangeReport, ctx: Ctx): ChangeReport => {
    const s = ctx.settings();
    return {
        ...r,
        reportDueDate: changeReportDue(r.changedOn, s.changeReportWorkingDays, s.calendar),
        late: isLateChangeReport(r.changedOn, r.reportedAt, s.changeReportWorkingDays, s.calendar),
    };
};

export const changeReportDefinition: ResourceDefinition<ChangeReport> = {
    name: 'change-reports',
    searchFields: ['merchantId', 'reviewNote'],
    present: presentChangeReport,
    readOnlyReason: 'A change report is reviewed (POST /change-reports/:id/review), never edited or deleted.',
    merchantIdOf: r => r.merchantId,
    create: (input, ctx) => {
        const errors: Record<string, string> = {};
        const merchant = typeof input.merchantId === 'string' ? ctx.db.get<Merchant>('merchants', input.merchantId) : undefined;
        if (!merchant) errors.merchantId = 'Choose an existing merchant';
        if (!isIsoDate(input.changedOn)) errors.changedOn = 'Give the date of the change as YYYY-MM-DD';
        else if (daysBetween(ctx.today(), input.changedOn) > 0) errors.changedOn = 'The change cannot be in the future';
        const changes = input.changes;
        if (!Array.isArray(changes) || changes.length === 0) errors.changes = 'List at least one changed field';
        else
            changes.forEach((c: Partial<FieldChange>, i) => {
                if (!c || !(MERCHANT_EDITABLE_FIELDS as readonly string[]).includes(c.field as string)) errors[`changes.${i}.field`] = 'Not a registration field';
            });
        const fileIds = input.fileIds ?? [];
        if (!Array.isArray(fileIds) || fileIds.some(id => typeof id !== 'string' || !fileOf(ctx, id))) errors.fileIds = 'Attach files uploaded through POST /files';
        assertValid(errors, 'The change report is not valid; nothing was saved.');
        return {
            id: ctx.db.nextId('CHR'),
            merchantId: merchant!.id,
            changedOn: input.changedOn as string,
            reportedAt: ctx.now(),
            changes: (changes as FieldChange[]).map(c => ({ field: c.field, before: merchant![c.field as keyof Merchant] ?? null, after: c.after })),
            fileIds: fileIds as string[],
            status: 'pending',
            reviewedBy: null,
            reviewedAt: null,
            reviewNote: '',
        };
    },
};

const routes: Route[] = [
    {
        method: 'POST',
        path: '/change-reports/:id/review',
        write: true,
        summary: 'Accept (applies the changes to the merchant) or reject a change report {decision, note} (R-REG-10)',
        handler: ctx => {
            ctx.require('change-reports', 'review', 'review change reports');
            const report = ctx.db.get<ChangeReport>('change-reports', ctx.params.id);
            if (!report) throw notFound('change-reports', ctx.params.id);
            if (report.status !== 'pending') throw conflict(`This change report is already ${report.status}.`, 'R-REG-10');
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            const errors: Record<string, string> = {};
            if (body.decision !== 'accept' && body.decision !== 'reject') errors.decision = 'Accept or reject';
            const note = typeof body.note === 'string' ? body.note.trim() : '';
            if (note.length < 3) errors.note = 'Write a note of at least 3 characters';
            assertValid(errors);
            const merchant = ctx.db.get<Merchant>('merchants', report.merchantId);
            if (!merchant) throw notFound('merchants', report.merchantId);
            if (body.decision === 'accept') {
                const patch = Object.fromEntries(report.changes.map(c => [c.field, c.after]));
                let updated: Merchant;
                try {
                    updated = applyMerchantEdit(ctx, merchant, patch);
                } catch (e) {
                    const errs = (e as { errors?: Record<string, string> }).errors;
                    if (errs) throw invalid(Object.fromEntries(Object.entries(errs).map(([k, v]) => [`changes.${k}`, v])), `The reported changes cannot be applied: ${Object.entries(errs).map(([k, v]) => `${k}: ${v}`).join('; ')}`);
                    throw e;
                }
                ctx.db.put('merchants', updated);
                const before = Object.fromEntries(report.changes.map(c => [c.field, merchant[c.field as keyof Merchant] ?? null]));
                const after = Object.fromEntries(report.changes.map(c => [c.field, updated[c.field as keyof Merchant] ?? null]));
                ctx.audit({ action: 'change-report:apply', resource: 'merchants', recordId: merchant.id, merchantId: merchant.id, before, after, reason: `Change report ${report.id}: ${note}` });
            }
            const reviewed: ChangeReport = { ...report, status: body.decision === 'accept' ? 'approved' : 'rejected', reviewedBy: ctx.me().id, reviewedAt: ctx.now(), reviewNote: note };
            ctx.db.put('change-reports', reviewed);
            ctx.audit({ action: `review:${body.decision}`, resource: 'change-reports', recordId: report.id, merchantId: report.merchantId, before: report, after: reviewed, reason: note });
            ctx.notify({
                merchantId: report.merchantId,
                kind: `change_report_${body.decision}`,
                subject: body.decision === 'accept' ? 'Your registration change is accepted / 您的登记信息变更已通过' : 'Your registration change was not accepted / 您的登记信息变更未通过',
                content: body.decision === 'accept' ? `The reported change of ${report.changedOn} is now on your registration. 您于 ${report.changedOn} 报告的变更已更新。` : `Reason: ${note} 原因：${note}`,
                resource: 'change-reports',
                recordId: report.id,
            });
            return { body: presentChangeReport(reviewed, ctx) };
        },
    },
];

export const changeReportRoutes: Route[] = [...routes, ...resourceRoutes(changeReportDefinition)];
