// Category applications (R-REG-12): the conditions checklist, the 15-working-day clock from
// signing over the settings calendar, activation with its notice, and the lapse sweeper.
import {
    ACTIVATION_CONDITIONS,
    addWorkingDays,
    chinaDate,
    REGISTERED_STATUSES,
    workingDayClock,
    type ActivationCondition,
    type Category,
    type CategoryApplication,
    type Merchant,
    type MerchantDocument,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { conflict, notFound } from '../core/errors';
import { resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import type { Sweeper } from '../core/server';
import { depositPosition } from '../services/depositPosition';
import { effectiveStatus } from '../services/merchantStatus';
import { documentsOf, memoClock, memoPerRecord } from '../services/registrationIndex';

export type PresentedApplication = CategoryApplication & { overdue?: boolean; unmet?: ActivationCondition[] };

/** R-REG-12 conditions; each true when met. */
export const activationConditions = (ctx: Ctx, app: CategoryApplication, merchant: Merchant | undefined): Record<ActivationCondition, boolean> => {
    const docs = merchant ? documentsOf(ctx, merchant.id) : [];
    const required = docs.filter((d: MerchantDocument) => d.type === 'business_licence' || (merchant?.hasImportExportRight && d.type === 'import_export_certificate'));
    const deposit = merchant ? depositPosition(ctx, merchant).status : 'none';
    return {
        registered: !!merchant && (REGISTERED_STATUSES as readonly string[]).includes(effectiveStatus(ctx, merchant)),
        agreementAccepted: !!merchant?.agreementAcceptedAt,
        materialsApproved: required.length > 0 && required.some(d => d.type === 'business_licence') && required.every(d => d.reviewStatus === 'approved'),
        // R-DEP-2 / R-DEP-8: deposit paid, or a performance guarantee in place.
        depositPaid: deposit === 'paid' || deposit === 'guarantee',
        activationNoticeSent: !!app.activationNoticeSentAt,
    };
};

export const applicationClock = (ctx: Ctx, app: CategoryApplication) => {
    const s = ctx.settings();
    const start = chinaDate(app.signedAt);
    return memoClock(ctx, `activation:${start}`, () => workingDayClock(start, s.activationWorkingDays, ctx.today(), s.calendar));
};

export const presentApplication = (app: CategoryApplication, ctx: Ctx): PresentedApplication => {
    const merchant = ctx.db.get<Merchant>('merchants', app.merchantId);
    const s = ctx.settings();
    // Days left only for a running clock: counting working days back to a years-old signing is waste.
    const clock = app.status === 'pending' ? applicationClock(ctx, app) : null;
    const conditions = activationConditions(ctx, app, merchant);
    return {
        ...app,
        dueDate: clock?.dueDate ?? memoClock(ctx, `due:${chinaDate(app.signedAt)}`, () => addWorkingDays(chinaDate(app.signedAt), s.activationWorkingDays, s.calendar)),
        workingDaysLeft: clock ? clock.daysLeft : undefined,
        overdue: clock?.overdue ?? false,
        conditions,
        unmet: ACTIVATION_CONDITIONS.filter(c => c !== 'activationNoticeSent' && !conditions[c]),
    };
};

export const categoryApplicationDefinition: ResourceDefinition<PresentedApplication> = {
    name: 'category-applications',
    searchFields: ['merchantId', 'categoryId'],
    present: (a, ctx) => memoPerRecord(ctx, 'category-application', a.id, () => presentApplication(a, ctx)),
    filters: {
        conditionsMet: (a, v) => ((a.unmet?.length ?? 0) === 0) === (v === true || v === 'true'),
    },
    readOnlyReason: 'Category applications change only through activation (R-REG-12) or lapse; they cannot be edited or deleted directly.',
    merchantIdOf: a => a.merchantId,
};

const CONDITION_TEXT: Record<ActivationCondition, string> = {
    registered: 'the member is registered (approved and not suspended)',
    agreementAccepted: 'the agreement is accepted',
    materialsApproved: 'the materials are approved',
    depositPaid: 'the deposit is paid or a performance guarantee is in place (R-DEP-2)',
    activationNoticeSent: 'the activation notice is sent',
};

const routes: Route[] = [
    {
        method: 'POST',
        path: '/category-applications/:id/activate',
        write: true,
        summary: 'Send the activation notice and open the category service (R-REG-12); 409 while conditions are unmet',
        handler: ctx => {
            ctx.require('category-applications', 'activate', 'activate category services');
            const app = ctx.db.get<CategoryApplication>('category-applications', ctx.params.id);
            if (!app) throw notFound('category-applications', ctx.params.id);
            if (app.status !== 'pending') throw conflict(`This application is ${app.status}; only a pending application can be activated (R-REG-12).`, 'R-REG-12');
            const merchant = ctx.db.get<Merchant>('merchants', app.merchantId);
            const presented = presentApplication(app, ctx);
            if (presented.overdue) throw conflict(`The 15-working-day period ended on ${presented.dueDate}; the application has lapsed (R-REG-12).`, 'R-REG-12');
            if (presented.unmet!.length)
                throw conflict(
                    `Activation refused: conditions not met: ${presented.unmet!.map(c => `${c} (${CONDITION_TEXT[c]})`).join('; ')} (R-REG-12).`,
                    'R-REG-12',
                    Object.fromEntries(presented.unmet!.map(c => [c, CONDITION_TEXT[c]])),
                );
            const category = ctx.db.get<Category>('categories', app.categoryId);
            const now = ctx.now();
            const updated: CategoryApplication = { ...app, status: 'active', activationNoticeSentAt: now, activatedAt: now };
            ctx.db.put('category-applications', updated);
            ctx.notify({
                merchantId: app.merchantId,
                kind: 'category_activation',
                subject: `Category service opened: ${category?.nameEn ?? app.categoryId} / 类目服务已开通：${category?.nameZh ?? app.categoryId}`,
                content: `Dear ${merchant?.nameEn}, your category service “${category?.nameEn}” is now open. 您好，${merchant?.nameZh}：您的“${category?.nameZh}”类目服务已开通。`,
                resource: 'category-applications',
                recordId: app.id,
            });
            ctx.audit({ action: 'activate', resource: 'category-applications', recordId: app.id, merchantId: app.merchantId, before: app, after: updated });
            return { body: presentApplication(updated, ctx) };
        },
    },
];

export const categoryApplicationRoutes: Route[] = [...routes, ...resourceRoutes(categoryApplicationDefinition)];

/**
 * R-REG-12 (003 §15.4): a pending application whose conditions (including the activation
 * notice) are not all met within 15 working days of signing lapses, with no one acting.
 * The pending list with due dates is cached per data version; each request only compares dates.
 */
export const lapseCategoryApplications: Sweeper = ctx => {
    const pending = ctx.cached('registration:pending-applications', () => {
        const s = ctx.settings();
        return ctx.db
            .all<CategoryApplication>('category-applications')
            .filter(a => a.status === 'pending')
            .map(a => ({ id: a.id, due: workingDayClock(a.signedAt, s.activationWorkingDays, ctx.today(), s.calendar).dueDate }));
    }, { on: ['category-applications', 'settings'] });
    const today = ctx.today();
    for (const { id, due } of pending) {
        if (due >= today) continue;
        const app = ctx.db.get<CategoryApplication>('category-applications', id);
        if (!app || app.status !== 'pending') continue;
        const merchant = ctx.db.get<Merchant>('merchants', app.merchantId);
        const unmet = ACTIVATION_CONDITIONS.filter(c => !activationConditions(ctx, app, merchant)[c]);
        const lapsed: CategoryApplication = { ...app, status: 'lapsed', lapsedAt: ctx.now() };
        ctx.db.put('category-applications', lapsed);
        ctx.audit({
            action: 'lapse',
            resource: 'category-applications',
            recordId: app.id,
            merchantId: app.merchantId,
            before: app,
            after: lapsed,
            reason: `Conditions not met within 15 working days of signing (due ${due}): ${unmet.join(', ')} (R-REG-12)`,
        });
        const category = ctx.db.get<Category>('categories', app.categoryId);
        ctx.notify({
            merchantId: app.merchantId,
            kind: 'category_lapsed',
            subject: `Category application lapsed: ${category?.nameEn ?? app.categoryId} / 类目申请已失效：${category?.nameZh ?? app.categoryId}`,
            content: `The conditions to open this category were not all met within 15 working days of signing (by ${due}); the application has lapsed. 开通条件未在签署后 15 个工作日内（${due} 前）全部满足，申请已失效。`,
            resource: 'category-applications',
            recordId: app.id,
        });
    }
};
