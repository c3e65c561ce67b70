// R-REG-10 change reports (late flag, apply with before/after) and R-REG-12 category
// activation (conditions, notice) and lapse on the mock clock.
import { beforeEach, describe, expect, it } from 'vitest';
import { useMockApi } from '../support/api';

const { request, list, reset, setClock, api } = useMockApi('small');

const activeMerchant = () => api.db.all<any>('merchants').find(m => m.status === 'active' && m.categoryIds.length === 1)!;

describe('change reports (R-REG-10)', () => {
    beforeEach(() => reset());

    it('R-REG-10 flags a report made later than 3 working days after the change', async () => {
        const m = activeMerchant();
        // Change on Fri 2026-11-13: due Wed 11-18; reported today (Fri 11-20) is late.
        const late = await request('POST', '/change-reports', { as: 'compliance', body: { merchantId: m.id, changedOn: '2026-11-13', changes: [{ field: 'contactTitle', after: '董事长' }] } });
        expect(late.status).toBe(201);
        expect(late.body).toMatchObject({ late: true, reportDueDate: '2026-11-18', status: 'pending' });
        const onTime = await request('POST', '/change-reports', { as: 'compliance', body: { merchantId: m.id, changedOn: '2026-11-18', changes: [{ field: 'contactTitle', after: '董事长' }] } });
        expect(onTime.body.late).toBe(false);
        const flagged = await list('change-reports', { filter: { late: true, merchantId: m.id } });
        expect(flagged.body.map((r: any) => r.id)).toEqual([late.body.id]);
    });

    it('R-REG-10 accepting applies the change to the merchant and audits before and after', async () => {
        const m = activeMerchant();
        const created = await request('POST', '/change-reports', { as: 'compliance', body: { merchantId: m.id, changedOn: '2026-11-19', changes: [{ field: 'address', after: '福建省厦门市新路8号' }] } });
        const res = await request('POST', `/change-reports/${created.body.id}/review`, { as: 'compliance', body: { decision: 'accept', note: 'Matches the new licence' } });
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('approved');
        expect(api.db.get<any>('merchants', m.id).address).toBe('福建省厦门市新路8号');
        const audit = await list('audit-log', { filter: { merchantId: m.id, action: 'change-report:apply' } });
        expect(audit.body[0].before).toEqual({ address: m.address });
        expect(audit.body[0].after).toEqual({ address: '福建省厦门市新路8号' });
        const again = await request('POST', `/change-reports/${created.body.id}/review`, { as: 'compliance', body: { decision: 'reject', note: 'twice' } });
        expect(again.status).toBe(409);
    });

    it('R-REG-10 a change that would be invalid is refused at the field and nothing is applied', async () => {
        const m = activeMerchant();
        const created = await request('POST', '/change-reports', { as: 'compliance', body: { merchantId: m.id, changedOn: '2026-11-19', changes: [{ field: 'uscc', after: '91350100M000100Y44' }] } });
        const res = await request('POST', `/change-reports/${created.body.id}/review`, { as: 'compliance', body: { decision: 'accept', note: 'Looks right' } });
        expect(res.status).toBe(422);
        expect(res.body.errors['changes.uscc']).toMatch(/check character/);
        expect(api.db.get<any>('merchants', m.id).uscc).toBe(m.uscc);
        expect(api.db.get<any>('change-reports', created.body.id).status).toBe('pending');
    });

    it('R-REG-10 finance may not review change reports (403)', async () => {
        const pending = await list('change-reports', { filter: { status: 'pending' } });
        const res = await request('POST', `/change-reports/${pending.body[0].id}/review`, { as: 'financeA', body: { decision: 'accept', note: 'ok ok' } });
        expect(res.status).toBe(403);
    });
});

describe('category activation (R-REG-12)', () => {
    beforeEach(() => reset());

    /** An active merchant with a fresh pending application for its category. */
    const pendingApplication = (signedAt = '2026-11-19T02:00:00.000Z') => {
        const m = activeMerchant();
        const app = { id: 'CA-test', merchantId: m.id, categoryId: m.categoryIds[0], signedAt, status: 'pending', activationNoticeSentAt: null, activatedAt: null, lapsedAt: null };
        api.db.put('category-applications', app);
        for (const d of api.db.all<any>('documents').filter(d => d.merchantId === m.id)) api.db.put('documents', { ...d, reviewStatus: 'approved' });
        // Start from no deposit at all: the seed may have given this merchant a paid account.
        for (const a of api.db.all<any>('deposit-accounts').filter(a => a.merchantId === m.id)) api.db.remove('deposit-accounts', a.id);
        for (const e of api.db.all<any>('ledger-entries').filter(e => e.merchantId === m.id)) api.db.remove('ledger-entries', e.id);
        return { m, app };
    };

    const payDeposit = (merchantId: string, currency: string, amount: number) => {
        api.db.put('deposit-accounts', { id: `DA-${merchantId}`, merchantId, currency, status: 'open', guarantee: null, openedAt: '2026-11-01T00:00:00Z', closedAt: null });
        api.db.put('ledger-entries', { id: `LE-${merchantId}`, accountId: `DA-${merchantId}`, merchantId, type: 'deposit', direction: 'credit', amount, currency, postedAt: '2026-11-01T00:00:00Z' });
        api.db.version++;
    };

    it('R-REG-12 / R-DEP-2 refuses activation with 409 naming the unmet conditions, the unpaid deposit among them', async () => {
        const { app } = pendingApplication();
        api.db.version++;
        const shown = await request('GET', `/category-applications/${app.id}`, { as: 'compliance' });
        expect(shown.body.conditions).toMatchObject({ registered: true, agreementAccepted: true, materialsApproved: true, depositPaid: false });
        const res = await request('POST', `/category-applications/${app.id}/activate`, { as: 'compliance' });
        expect(res.status).toBe(409);
        expect(res.body.message).toContain('depositPaid');
        expect(res.body.rule).toBe('R-REG-12');
    });

    it('R-REG-12 / R-DEP-1 / R-DEP-2 activates only once the highest required deposit is paid, sending the activation notice', async () => {
        const { m, app } = pendingApplication();
        const category = api.db.get<any>('categories', m.categoryIds[0]);
        payDeposit(m.id, m.depositCurrency, category.requiredDeposit[m.depositCurrency] - 1);
        expect((await request('POST', `/category-applications/${app.id}/activate`, { as: 'compliance' })).status).toBe(409);
        payDeposit(m.id, m.depositCurrency, category.requiredDeposit[m.depositCurrency]);
        const finance = await request('POST', `/category-applications/${app.id}/activate`, { as: 'financeA' });
        expect(finance.status).toBe(403);
        const res = await request('POST', `/category-applications/${app.id}/activate`, { as: 'compliance' });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'active', conditions: { activationNoticeSent: true } });
        const notices = await list('notices', { filter: { merchantId: m.id, kind: 'category_activation' } });
        expect(notices.body.map((n: any) => n.channel).sort()).toEqual(['email', 'in_site']);
    });

    it('R-REG-12 shows the 15-working-day clock and lapses the application when the clock passes (sweeper, audited as system)', async () => {
        const { m, app } = pendingApplication('2026-11-19T02:00:00.000Z');
        api.db.version++;
        const shown = await request('GET', `/category-applications/${app.id}`, { as: 'compliance' });
        expect(shown.body).toMatchObject({ dueDate: '2026-12-10', workingDaysLeft: 14, status: 'pending' });
        await setClock({ now: '2026-12-10T10:00:00+08:00' });
        expect((await request('GET', `/category-applications/${app.id}`, { as: 'compliance' })).body.status).toBe('pending');
        await setClock({ now: '2026-12-11T09:00:00+08:00' });
        const lapsed = await request('GET', `/category-applications/${app.id}`, { as: 'compliance' });
        expect(lapsed.body.status).toBe('lapsed');
        const audit = await list('audit-log', { filter: { recordId: app.id, action: 'lapse' } });
        expect(audit.body[0]).toMatchObject({ operatorName: 'system', merchantId: m.id });
        expect(audit.body[0].reason).toContain('depositPaid');
        const notices = await list('notices', { filter: { merchantId: m.id, kind: 'category_lapsed' } });
        expect(notices.body).toHaveLength(2);
        const activate = await request('POST', `/category-applications/${app.id}/activate`, { as: 'compliance' });
        expect(activate.status).toBe(409);
    });
});
