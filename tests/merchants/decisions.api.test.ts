import { beforeEach, describe, expect, it } from 'vitest';
import { useMockApi } from '../support/api';

const { request, list, reset } = useMockApi('small');

const pendingIds = async () => {
    const res = await list('merchants', { filter: { status: 'pending_review' }, sort: ['id', 'ASC'], range: [0, 50] });
    return res.body.map((m: { id: string }) => m.id) as string[];
};

const decide = (id: string, as: 'compliance' | 'supervisor' | 'service' | 'financeA', body: Record<string, unknown>) =>
    request('POST', `/merchants/${id}/decisions`, { as, body });

describe('registration decisions (R-REG-9)', () => {
    beforeEach(() => reset());

    it('the seed has an overdue pending registration whose licence check fails and one whose checks all pass', async () => {
        const [overdue, clean] = await pendingIds();
        const o = await request('GET', `/merchants/${overdue}`, { as: 'compliance' });
        expect(o.body.reviewOverdue).toBe(true);
        const oc = await request('GET', `/merchants/${overdue}/checks`, { as: 'compliance' });
        expect(oc.body.find((c: { id: string }) => c.id === 'licence_match').status).toBe('fail');
        const cc = await request('GET', `/merchants/${clean}/checks`, { as: 'compliance' });
        expect(cc.body.filter((c: { blocking: boolean; status: string }) => c.blocking && c.status === 'fail')).toEqual([]);
    });

    it('R-REG-9 refuses approval with 409 naming the failing blocking check and its rule', async () => {
        const [overdue] = await pendingIds();
        const res = await decide(overdue, 'compliance', { kind: 'approve', reasonCode: 'all_checks_passed', note: 'Looks fine' });
        expect(res.status).toBe(409);
        expect(res.body.message).toContain('licence_match');
        expect(res.body.message).toContain('R-REG-8');
        const after = await request('GET', `/merchants/${overdue}`, { as: 'compliance' });
        expect(after.body.status).toBe('pending_review');
    });

    it('R-REG-9 answers 403 to a customer service agent and a finance officer', async () => {
        const [, clean] = await pendingIds();
        for (const as of ['service', 'financeA'] as const) {
            const res = await decide(clean, as, { kind: 'approve', reasonCode: 'all_checks_passed', note: 'All good' });
            expect(res.status).toBe(403);
            expect(res.body.message).toMatch(/compliance officer or a supervisor/);
        }
    });

    it('R-REG-9 lets a compliance officer approve a merchant whose checks pass, audited and noticed (R-NOT-1)', async () => {
        const [, clean] = await pendingIds();
        const res = await decide(clean, 'compliance', { kind: 'approve', reasonCode: 'all_checks_passed', note: 'All checks pass' });
        expect(res.status).toBe(201);
        expect(res.body.merchant.status).toBe('active');
        const audit = await list('audit-log', { filter: { merchantId: clean, action: 'decision:approve' } });
        expect(audit.body).toHaveLength(1);
        expect(audit.body[0].reason).toContain('all_checks_passed');
        const notices = await list('notices', { filter: { merchantId: clean, kind: 'registration_approve' } });
        expect(notices.body.map((n: { channel: string }) => n.channel).sort()).toEqual(['email', 'in_site']);
    });

    it('R-REG-9 lets a supervisor request information, then the merchant resubmits', async () => {
        const [overdue] = await pendingIds();
        const res = await decide(overdue, 'supervisor', { kind: 'request_info', reasonCode: 'licence_mismatch', note: 'Licence names another legal representative' });
        expect(res.status).toBe(201);
        expect(res.body.merchant.status).toBe('info_requested');
        const notice = await list('notices', { filter: { merchantId: overdue, kind: 'registration_request_info' } });
        expect(notice.body[0].content).toContain('Licence names another legal representative');
        const again = await decide(overdue, 'supervisor', { kind: 'request_info', reasonCode: 'licence_mismatch', note: 'twice' });
        expect(again.status).toBe(409);
        const resubmit = await request('POST', `/merchants/${overdue}/resubmit`, { as: 'compliance', body: {} });
        expect(resubmit.status).toBe(200);
        expect(resubmit.body.status).toBe('pending_review');
        expect(resubmit.body.reviewOverdue).toBe(false);
    });

    it('R-REG-9 a rejection notice does not tell the merchant the internal reason', async () => {
        const [overdue] = await pendingIds();
        const res = await decide(overdue, 'compliance', { kind: 'reject', reasonCode: 'licence_mismatch', note: 'Internal: representative differs' });
        expect(res.status).toBe(201);
        const notices = await list('notices', { filter: { merchantId: overdue, kind: 'registration_reject' } });
        expect(notices.body[0].content).not.toContain('Internal');
    });

    it('R-REG-9 requires a reason code valid for the kind and a note', async () => {
        const [, clean] = await pendingIds();
        const res = await decide(clean, 'compliance', { kind: 'approve', reasonCode: 'licence_mismatch', note: '' });
        expect(res.status).toBe(422);
        expect(res.body.errors.reasonCode).toBeTruthy();
        expect(res.body.errors.note).toBeTruthy();
    });
});
