// The ledger's REST contract (issue 4, point 2, 3 and 8): R-DEP-3, R-DEP-4, R-DEP-7, R-DEP-12, R-DEP-13, R-DEP-14.
import { beforeEach, describe, expect, it } from 'vitest';
import { useMockApi } from '../support/api';

const { request, list, reset, setClock, api } = useMockApi('small');

let keySeq = 0;
const key = () => `test-key-${++keySeq}-${Math.random().toString(36).slice(2)}`;

const post = (body: Record<string, unknown>, as: 'financeA' | 'financeB' | 'supervisor' | 'compliance' | 'service' = 'financeA', idem: string | null = key()) =>
    request('POST', '/ledger-entries', { as, body, headers: idem ? { 'Idempotency-Key': idem } : {} });

/** An open account of an active merchant with no shortfall, fresh from the seed. */
const healthyAccount = async () => {
    const { body } = await list('deposit-accounts', { filter: { merchantStatus: 'active', shortfall: false, status: 'open' }, sort: ['id', 'ASC'], range: [0, 0] });
    return body[0];
};

const account = async (id: string) => (await request('GET', `/deposit-accounts/${id}`, { as: 'financeA' })).body;

describe('deposit ledger API', () => {
    beforeEach(() => reset());

    it('R-DEP-12 a merchant\'s accounts listed by merchantId (views derived for those alone, issue 8) are the rows of the full list, with every derived figure', async () => {
        const { body: all } = await list('deposit-accounts', { sort: ['id', 'ASC'], range: [0, 9999] });
        const merchants = [...new Set(all.map((a: { merchantId: string }) => a.merchantId))].slice(0, 12) as string[];
        // A post first, so the narrowed path is also checked against a changed balance.
        await post({ accountId: all.find((a: { merchantId: string }) => a.merchantId === merchants[0]).id, type: 'top_up', amount: 500, note: 'Check' });
        const { body: after } = await list('deposit-accounts', { sort: ['id', 'ASC'], range: [0, 9999] });
        for (const merchantId of merchants) {
            const expected = after.filter((a: { merchantId: string }) => a.merchantId === merchantId);
            const { body } = await list('deposit-accounts', { filter: { merchantId }, sort: ['id', 'ASC'] });
            expect(body).toEqual(expected);
            const { body: short } = await list('deposit-accounts', { filter: { merchantId, shortfall: true }, sort: ['balance', 'DESC'] });
            expect(short.map((a: { id: string }) => a.id)).toEqual(expected.filter((a: { shortfall: number }) => a.shortfall > 0).sort((a: { balance: number }, b: { balance: number }) => b.balance - a.balance).map((a: { id: string }) => a.id));
        }
    });

    it('R-DEP-12 refuses PUT and DELETE on a ledger entry with 405', async () => {
        const { body: entries } = await list('ledger-entries', { range: [0, 0] });
        const put = await request('PUT', `/ledger-entries/${entries[0].id}`, { as: 'financeA', body: { amount: 1 } });
        const del = await request('DELETE', `/ledger-entries/${entries[0].id}`, { as: 'financeA' });
        expect(put.status).toBe(405);
        expect(del.status).toBe(405);
        expect(put.body.message).toMatch(/R-DEP-12/);
        expect(del.body.message).toMatch(/reversal/);
    });

    it('R-DEP-12 posts a top-up with the running balance and audits it', async () => {
        const a = await healthyAccount();
        const res = await post({ accountId: a.id, type: 'top_up', amount: 12_345, note: 'Extra cover' });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ type: 'top_up', direction: 'credit', amount: 12_345, currency: a.currency, postedBy: 'op-finance-a' });
        expect(res.body.balanceAfter).toBe(a.balance + 12_345);
        expect((await account(a.id)).balance).toBe(a.balance + 12_345);
        const audit = await list('audit-log', { filter: { recordId: res.body.id } });
        expect(audit.body[0]).toMatchObject({ action: 'post-top_up', resource: 'ledger-entries' });
    });

    it('R-DEP-12 the same Idempotency-Key twice returns the first entry and posts nothing new', async () => {
        const a = await healthyAccount();
        const k = key();
        const first = await post({ accountId: a.id, type: 'top_up', amount: 500, note: 'Double click' }, 'financeA', k);
        const second = await post({ accountId: a.id, type: 'top_up', amount: 500, note: 'Double click' }, 'financeA', k);
        expect(first.status).toBe(201);
        expect(second.status).toBe(200);
        expect(second.body.id).toBe(first.body.id);
        expect((await account(a.id)).balance).toBe(a.balance + 500);
        const reused = await post({ accountId: a.id, type: 'top_up', amount: 900, note: 'Other' }, 'financeA', k);
        expect(reused.status).toBe(409);
    });

    it('R-DEP-12 a new entry never takes an existing id, even when the stored id counter is behind the seed', async () => {
        const a = await healthyAccount();
        const seedCount = api.db.all('ledger-entries').length;
        api.db.meta.counters.LE = 0;
        const res = await post({ accountId: a.id, type: 'top_up', amount: 100, note: 'After an old overlay' });
        expect(res.status).toBe(201);
        expect(res.body.id).toBe(`LE-${String(seedCount + 1).padStart(6, '0')}`);
        expect(res.body.balanceAfter).toBe(a.balance + 100);
    });

    it('R-DEP-12 requires an Idempotency-Key (422)', async () => {
        const a = await healthyAccount();
        const res = await post({ accountId: a.id, type: 'top_up', amount: 500, note: 'x' }, 'financeA', null);
        expect(res.status).toBe(422);
        expect(res.body.errors.idempotencyKey).toBeTruthy();
    });

    it('R-DEP-14 refuses a currency that differs from the account and bad amounts with field errors', async () => {
        const a = await healthyAccount();
        const other = a.currency === 'CNY' ? 'USD' : 'CNY';
        const mixed = await post({ accountId: a.id, type: 'top_up', amount: 500, currency: other, note: 'x' });
        expect(mixed.status).toBe(422);
        expect(mixed.body.errors.currency).toMatch(/R-DEP-14/);
        for (const amount of [0, -5, 12.5, '100', 10_000_000_001]) {
            const res = await post({ accountId: a.id, type: 'top_up', amount, note: 'x' });
            expect(res.status, `amount ${amount}`).toBe(422);
            expect(res.body.errors.amount).toBeTruthy();
        }
        expect((await account(a.id)).balance).toBe(a.balance);
    });

    it('R-DEP-3 a deduction needs a ground and notifies the merchant with reason and amount (R-DEP-4)', async () => {
        const a = await healthyAccount();
        const noGround = await post({ accountId: a.id, type: 'deduction', amount: 10_000, note: 'x' });
        expect(noGround.status).toBe(422);
        expect(noGround.body.errors.ground).toMatch(/R-DEP-3/);
        const res = await post({ accountId: a.id, type: 'deduction', amount: 10_000, ground: 'platform_loss', note: 'Fine passed on' });
        expect(res.status).toBe(201);
        const notices = await list('notices', { filter: { recordId: res.body.id } });
        expect(notices.body.map((n: { channel: string }) => n.channel).sort()).toEqual(['email', 'in_site']);
        expect(notices.body[0].content).toContain('100.00');
        expect(notices.body[0].content).toMatch(/loss caused to the platform/);
    });

    it('R-DEP-12 a deduction never takes the balance below zero: the rest becomes owed and accrues damages (R-DEP-11)', async () => {
        const a = await healthyAccount();
        // Below the four-eyes threshold: drain most of the balance first with small deductions is slow; use the supervisor's approval path instead.
        const amount = a.balance + 40_000;
        const req = await post({ accountId: a.id, type: 'deduction', amount, ground: 'liquidated_damages', note: 'Damages' });
        expect(req.status).toBe(202);
        const ok = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'financeB', body: { note: 'ok' } });
        expect(ok.status).toBe(200);
        const after = await account(a.id);
        expect(after.balance).toBe(0);
        expect(after.owed).toBe(40_000);
        await setClock({ advanceDays: 4 });
        const later = await account(a.id);
        expect(later.liquidatedDamages).toMatchObject({ days: 4, rateBasisPoints: 50, amount: 800 });
        // A top-up settles what is owed first.
        const top = await post({ accountId: a.id, type: 'top_up', amount: 100_000, note: 'Paid' });
        expect(top.body.owedSettled).toBe(40_000);
        const settled = await account(a.id);
        expect(settled).toMatchObject({ balance: 60_000, owed: 0, liquidatedDamages: null });
    });

    it('R-DEP-12 refuses an entry against a closed account with 409', async () => {
        const { body } = await list('deposit-accounts', { filter: { status: 'closed' }, range: [0, 0] });
        expect(body.length).toBe(1);
        const res = await post({ accountId: body[0].id, type: 'top_up', amount: 100, note: 'x' });
        expect(res.status).toBe(409);
    });

    it('R-DEP-12 reverses an entry once, links it, refuses a second reversal and a reversal of a reversal', async () => {
        const a = await healthyAccount();
        const d = await post({ accountId: a.id, type: 'deduction', amount: 20_000, ground: 'other_rule', note: 'Mistake' });
        const noNote = await request('POST', `/ledger-entries/${d.body.id}/reverse`, { as: 'financeA', body: {}, headers: { 'Idempotency-Key': key() } });
        expect(noNote.status).toBe(422);
        const k = key();
        const r = await request('POST', `/ledger-entries/${d.body.id}/reverse`, { as: 'financeA', body: { note: 'Keyed twice' }, headers: { 'Idempotency-Key': k } });
        expect(r.status).toBe(201);
        expect(r.body).toMatchObject({ type: 'reversal', direction: 'credit', reversesEntryId: d.body.id, amount: 20_000 });
        const replay = await request('POST', `/ledger-entries/${d.body.id}/reverse`, { as: 'financeA', body: { note: 'Keyed twice' }, headers: { 'Idempotency-Key': k } });
        expect(replay.status).toBe(200);
        expect(replay.body.id).toBe(r.body.id);
        const again = await request('POST', `/ledger-entries/${d.body.id}/reverse`, { as: 'financeA', body: { note: 'again' }, headers: { 'Idempotency-Key': key() } });
        expect(again.status).toBe(409);
        const ofReversal = await request('POST', `/ledger-entries/${r.body.id}/reverse`, { as: 'financeA', body: { note: 'again' }, headers: { 'Idempotency-Key': key() } });
        expect(ofReversal.status).toBe(409);
        expect((await account(a.id)).balance).toBe(a.balance);
    });

    it('R-DEP-13 only finance and the supervisor post: compliance and customer service get 403 naming who may', async () => {
        const a = await healthyAccount();
        for (const as of ['compliance', 'service'] as const) {
            const res = await post({ accountId: a.id, type: 'top_up', amount: 100, note: 'x' }, as);
            expect(res.status).toBe(403);
            expect(res.body.message).toMatch(/finance officer or a supervisor/);
        }
        expect((await post({ accountId: a.id, type: 'top_up', amount: 100, note: 'x' }, 'supervisor')).status).toBe(201);
    });

    it('R-DEP-13 a refund needs four eyes: the requester gets 403, another finance officer approves, payout due in 30 days (R-DEP-7)', async () => {
        const { body } = await list('deposit-accounts', { filter: { refundEligible: true }, range: [0, 0] });
        const a = body[0];
        expect(a).toBeTruthy();
        const req = await post({ accountId: a.id, type: 'refund', amount: a.balance, note: 'Release' });
        expect(req.status).toBe(202);
        expect(req.body.approval).toMatchObject({ kind: 'refund', status: 'pending', requestedBy: 'op-finance-a' });
        const self = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'financeA', body: { note: '' } });
        expect(self.status).toBe(403);
        expect(self.body.message).toMatch(/R-DEP-13/);
        const selfReject = await request('POST', `/approvals/${req.body.id}/reject`, { as: 'financeA', body: { note: 'no' } });
        expect(selfReject.status).toBe(403);
        const byService = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'service', body: { note: '' } });
        expect(byService.status).toBe(403);
        const ok = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'financeB', body: { note: 'Checked' } });
        expect(ok.status).toBe(200);
        expect(ok.body).toMatchObject({ status: 'approved', decidedBy: 'op-finance-b', payoutDueDate: '2026-12-20' });
        expect((await account(a.id)).balance).toBe(0);
        const twice = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'supervisor', body: { note: '' } });
        expect(twice.status).toBe(409);
        await setClock({ advanceDays: 31 });
        const overdue = await request('GET', `/approvals/${req.body.id}`, { as: 'financeA' });
        expect(overdue.body.payoutOverdue).toBe(true);
        const paid = await request('POST', `/approvals/${req.body.id}/mark-paid`, { as: 'financeA', body: {} });
        expect(paid.body).toMatchObject({ payoutOverdue: false });
        expect(paid.body.paidOutAt).toBeTruthy();
    });

    it('R-DEP-13 approval re-checks the account: a refund larger than the balance now is refused with 409', async () => {
        const { body } = await list('deposit-accounts', { filter: { refundEligible: true }, range: [0, 0] });
        const a = body[0];
        const req = await post({ accountId: a.id, type: 'refund', amount: a.balance, note: 'Release' });
        const { body: entries } = await list('ledger-entries', { filter: { accountId: a.id, type: 'deposit' } });
        // A mistaken deposit is reversed meanwhile: the balance drops.
        const rev = await request('POST', `/ledger-entries/${entries[0].id}/reverse`, { as: 'financeB', body: { note: 'Wrong account' }, headers: { 'Idempotency-Key': key() } });
        expect(rev.status).toBe(201);
        const ok = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'financeB', body: { note: '' } });
        expect(ok.status).toBe(409);
        expect(ok.body.message).toMatch(/less than/);
    });

    it('R-DEP-7 refuses a refund request for an active merchant and explains why', async () => {
        const a = await healthyAccount();
        const res = await post({ accountId: a.id, type: 'refund', amount: 100, note: 'x' });
        expect(res.status).toBe(409);
        expect(res.body.message).toMatch(/R-DEP-7/);
        const elig = await request('GET', `/deposit-accounts/${a.id}/refund-eligibility`, { as: 'financeA' });
        expect(elig.body.eligible).toBe(false);
        expect(elig.body.reasons.find((r: { code: string }) => r.code === 'left').ok).toBe(false);
    });

    it('R-DEP-10 a forfeiture is approved by the supervisor only', async () => {
        const a = await healthyAccount();
        const req = await post({ accountId: a.id, type: 'forfeiture', amount: 1_000, note: 'Terminated' });
        expect(req.status).toBe(202);
        const byB = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'financeB', body: { note: '' } });
        expect(byB.status).toBe(403);
        expect(byB.body.message).toMatch(/R-DEP-10/);
        const bySup = await request('POST', `/approvals/${req.body.id}/approve`, { as: 'supervisor', body: { note: 'Confirmed' } });
        expect(bySup.status).toBe(200);
    });

    it('R-DEP-5 lists shortfalls ordered by top-up due date with overdue ones flagged', async () => {
        const res = await list('shortfalls', {}, 'financeA');
        expect(res.status).toBe(200);
        const dates = res.body.map((a: { topUpDueDate: string }) => a.topUpDueDate);
        expect(dates.length).toBeGreaterThan(0);
        expect([...dates].sort()).toEqual(dates);
        expect(res.body.some((a: { topUpOverdue: boolean }) => a.topUpOverdue)).toBe(true);
        for (const a of res.body) expect(a.shortfall).toBe(a.required - a.balance - (a.guaranteeValid ? a.guarantee.amount : 0));
    });

    it('R-DEP-13 waitingForMe lists pending requests made by someone else', async () => {
        const mine = await list('approvals', { filter: { waitingForMe: true } }, 'financeA');
        expect(mine.body.length).toBeGreaterThan(0);
        for (const a of mine.body) {
            expect(a.status).toBe('pending');
            expect(a.requestedBy).not.toBe('op-finance-a');
        }
    });
});
