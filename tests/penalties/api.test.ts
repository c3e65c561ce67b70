// The penalties API (R-PEN-2, R-PEN-7, R-PEN-8, R-PEN-9, R-PEN-10) through the real mock handlers.
import { beforeEach, describe, expect, it } from 'vitest';
import { useMockApi } from '../support/api';

const { request, list, reset, setClock, api } = useMockApi('small');

beforeEach(() => reset());

/** An active merchant with no penalty of any kind. */
const cleanMerchant = async (): Promise<string> => {
    const penalised = new Set(api.db.all<{ merchantId: string }>('penalties').map(p => p.merchantId));
    const m = api.db.all<{ id: string; status: string }>('merchants').find(x => x.status === 'active' && !penalised.has(x.id));
    if (!m) throw new Error('no clean merchant in the seed');
    return m.id;
};

const today = async () => (await request('GET', '/clock', { as: 'supervisor' })).body.today as string;

const propose = async (merchantId: string, overrides: Record<string, unknown> = {}, as: 'compliance' | 'service' | 'supervisor' = 'compliance') =>
    request('POST', '/penalties', {
        as,
        body: {
            merchantId,
            ground: { kind: 'rule', code: 'prohibited_listings', description: 'Repeated listings of a prohibited item.' },
            measures: [{ type: 'freeze_transactions' }],
            startsOn: await today(),
            endsOn: addDaysIso(await today(), 10),
            publish: false,
            note: '',
            ...overrides,
        },
    });

const addDaysIso = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const statusOf = (id: string) => request('GET', `/merchants/${id}`, { as: 'supervisor' });
const derived = async (id: string) => {
    // The merchants resource presents the derived status; fall back to the service for the seam.
    const { effectiveStatus } = await import('../../mock/services/merchantStatus');
    const { Ctx } = await import('../../mock/core/context');
    const ctx = new Ctx(api.db, new Request('http://x'), new URL('http://x'), null, undefined, new Map());
    return effectiveStatus(ctx, api.db.get('merchants', id)!);
};

describe('penalty lifecycle (R-PEN-2)', () => {
    it('R-PEN-2 records ground, measures, dates and proposer on a proposal', async () => {
        const m = await cleanMerchant();
        const res = await propose(m);
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ status: 'proposed', proposedBy: 'op-compliance', merchantId: m, ground: { ruleId: 'R-PEN-4', code: 'prohibited_listings' } });
        expect((await statusOf(m)).status).toBe(200);
        expect(await derived(m)).toBe('active');
    });

    it('R-PEN-2 answers 403 with the four-eyes reason when the proposer approves their own proposal', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m)).body;
        const res = await request('POST', `/penalties/${p.id}/approve`, { as: 'compliance', body: {} });
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(/second person/);
        expect(api.db.get<{ status: string }>('penalties', p.id)!.status).toBe('proposed');
    });

    it('R-PEN-2 lets only the supervisor approve a permanent measure, closure or liquidated damages', async () => {
        const m = await cleanMerchant();
        const permanent = (await propose(m, { endsOn: null })).body;
        const denied = await request('POST', `/penalties/${permanent.id}/approve`, { as: 'service', body: {} });
        expect(denied.status).toBe(403);
        expect(denied.body.message).toMatch(/Only the supervisor/);
        const closure = (await propose(m, { measures: [{ type: 'close_store' }], endsOn: null, ground: { kind: 'rule', code: 'inactive_180_days', description: 'No login for over 180 days.' } })).body;
        expect((await request('POST', `/penalties/${closure.id}/approve`, { as: 'service', body: {} })).status).toBe(403);
        expect((await request('POST', `/penalties/${permanent.id}/approve`, { as: 'supervisor', body: {} })).status).toBe(200);
    });

    it('R-PEN-10 derives suspended from an approved freeze and active again when it is lifted', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m)).body;
        const approved = await request('POST', `/penalties/${p.id}/approve`, { as: 'service', body: {} });
        expect(approved.status).toBe(200);
        expect(approved.body).toMatchObject({ status: 'active', approvedBy: 'op-service', inForce: true });
        expect(await derived(m)).toBe('suspended');
        expect(api.db.get<{ status: string }>('merchants', m)!.status).toBe('active'); // never stored
        const lifted = await request('POST', `/penalties/${p.id}/lift`, { as: 'service', body: { note: 'Merchant fixed the listings.' } });
        expect(lifted.body.status).toBe('lifted');
        expect(await derived(m)).toBe('active');
    });

    it('R-PEN-2 answers 409 for an illegal transition', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m)).body;
        const res = await request('POST', `/penalties/${p.id}/lift`, { as: 'service', body: { note: 'Not yet active.' } });
        expect(res.status).toBe(409);
        await request('POST', `/penalties/${p.id}/reject`, { as: 'service', body: { note: 'Evidence insufficient.' } });
        expect((await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} })).status).toBe(409);
    });

    it('R-PEN-2 expires a temporary penalty on its end date by the mock clock, audited as system, with a notice', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m, { endsOn: addDaysIso(await today(), 3) })).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'service', body: {} });
        expect(await derived(m)).toBe('suspended');
        await setClock({ advanceDays: 3 });
        const after = await request('GET', `/penalties/${p.id}`, { as: 'compliance' });
        expect(after.body.status).toBe('expired');
        expect(await derived(m)).toBe('active');
        const audit = await list('audit-log', { filter: { recordId: p.id, action: 'expire' } });
        expect(audit.body).toHaveLength(1);
        expect(audit.body[0].operatorName).toBe('system');
        const notices = await list('notices', { filter: { recordId: p.id, kind: 'penalty-expire' } });
        expect(notices.body.length).toBeGreaterThan(0);
    });

    it('R-PEN-2 refuses an incomplete proposal with field errors and saves nothing', async () => {
        const before = api.db.all('penalties').length;
        const res = await request('POST', '/penalties', { as: 'compliance', body: { merchantId: 'm-00001', ground: { kind: 'rule' }, measures: [], startsOn: 'x' } });
        expect(res.status).toBe(422);
        expect(res.body.errors).toMatchObject({ 'ground.code': expect.any(String), measures: expect.any(String), startsOn: expect.any(String) });
        expect(api.db.all('penalties')).toHaveLength(before);
    });

    it('R-PEN-9 refuses an end date on a store closure', async () => {
        const m = await cleanMerchant();
        const res = await propose(m, { measures: [{ type: 'close_store' }] });
        expect(res.status).toBe(422);
        expect(res.body.errors.endsOn).toMatch(/permanent/);
    });

    it('R-PEN-2 refuses a finance officer proposing a penalty with 403', async () => {
        const m = await cleanMerchant();
        const res = await request('POST', '/penalties', { as: 'financeA', body: { merchantId: m } });
        expect(res.status).toBe(403);
    });
});

describe('appeals (R-PEN-7)', () => {
    it('R-PEN-7 overturns on appeal, decided by someone other than the proposer, and restores the merchant', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m)).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        expect(await derived(m)).toBe('suspended');
        const appeal = await request('POST', `/penalties/${p.id}/appeal`, { as: 'service', body: { statement: 'The item was authorised by the brand owner; letter attached.', fileIds: ['file-lic-1'] } });
        expect(appeal.status).toBe(200);
        expect(appeal.body.appeal.status).toBe('pending');
        const own = await request('POST', `/penalties/${p.id}/decide-appeal`, { as: 'compliance', body: { outcome: 'overturned', note: 'Authorisation verified.' } });
        expect(own.status).toBe(403);
        const decided = await request('POST', `/penalties/${p.id}/decide-appeal`, { as: 'supervisor', body: { outcome: 'overturned', note: 'Authorisation verified.' } });
        expect(decided.status).toBe(200);
        expect(decided.body).toMatchObject({ status: 'overturned', appeal: { status: 'overturned', decidedBy: 'op-supervisor' } });
        expect(await derived(m)).toBe('active');
    });

    it('R-PEN-7 refuses unknown attachments and a second appeal', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m)).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        const bad = await request('POST', `/penalties/${p.id}/appeal`, { as: 'service', body: { statement: 'A long enough statement of the merchant.', fileIds: ['file-nope'] } });
        expect(bad.status).toBe(422);
        expect(bad.body.errors.fileIds).toMatch(/Unknown files/);
        await request('POST', `/penalties/${p.id}/appeal`, { as: 'service', body: { statement: 'A long enough statement of the merchant.', fileIds: [] } });
        await request('POST', `/penalties/${p.id}/decide-appeal`, { as: 'supervisor', body: { outcome: 'upheld', note: 'Penalty stands.' } });
        const again = await request('POST', `/penalties/${p.id}/appeal`, { as: 'service', body: { statement: 'A long enough statement of the merchant.', fileIds: [] } });
        expect(again.status).toBe(409);
    });
});

describe('termination and clearance (R-PEN-9)', () => {
    it('R-PEN-9 starts clearance on an approved closure and closes the merchant once the checklist is clear', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m, { measures: [{ type: 'close_store' }], endsOn: null, ground: { kind: 'rule', code: 'inactive_180_days', description: 'No login for over 180 days.' } })).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        expect(api.db.get<{ status: string; clearanceStartedAt: string }>('merchants', m)).toMatchObject({ status: 'in_clearance', clearanceStartedAt: expect.any(String) });
        const c = await request('GET', `/clearances/${m}`, { as: 'compliance' });
        expect(c.body).toMatchObject({ terminationPenaltyId: p.id, forfeitable: true, daysLeft: 20 });
        expect(c.body.items.map((i: { key: string }) => i.key)).toEqual(['transactions', 'disputes', 'penalties', 'damages']);
        const merchant = api.db.get<{ activity: { openTransactions: number; openDisputes: number } }>('merchants', m)!;
        if (merchant.activity.openTransactions + merchant.activity.openDisputes > 0) {
            expect((await request('POST', `/clearances/${m}/complete`, { as: 'compliance', body: {} })).status).toBe(409);
            merchant.activity.openTransactions = 0;
            merchant.activity.openDisputes = 0;
            api.db.version++;
        }
        const done = await request('POST', `/clearances/${m}/complete`, { as: 'compliance', body: {} });
        expect(done.status).toBe(200);
        expect(done.body.status).toBe('closed');
        expect(done.body.refundQuietUntil).toBeTruthy();
    });

    it('R-PEN-7 overturning a closure ends clearance and restores the merchant', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m, { measures: [{ type: 'close_store' }], endsOn: null, ground: { kind: 'rule', code: 'inactive_180_days', description: 'No login for over 180 days.' } })).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        expect(await derived(m)).toBe('in_clearance');
        await request('POST', `/penalties/${p.id}/overturn`, { as: 'supervisor', body: { note: 'Merchant proved logins via the app.' } });
        expect(await derived(m)).toBe('active');
        expect(api.db.get<{ clearanceStartedAt: string | null }>('merchants', m)!.clearanceStartedAt).toBeNull();
    });
});

describe('publication and suggestions', () => {
    it('R-PEN-8 sets the publish flag, audited, with a notice', async () => {
        const m = await cleanMerchant();
        const p = (await propose(m)).body;
        const res = await request('POST', `/penalties/${p.id}/publish`, { as: 'service', body: { publish: true } });
        expect(res.body.publish).toBe(true);
        const audit = await list('audit-log', { filter: { recordId: p.id, action: 'publish' } });
        expect(audit.body).toHaveLength(1);
    });

    it('R-PEN-3 lists suggestions with evidence and hides a dismissed one', async () => {
        const res = await list('penalty-suggestions', { range: [0, 499] }, 'compliance');
        expect(res.status).toBe(200);
        expect(res.body.length).toBeGreaterThan(0);
        const s = res.body[0];
        expect(s).toMatchObject({ merchantId: expect.any(String), ruleId: expect.stringMatching(/^R-PEN-[35]$/), evidence: expect.any(Object) });
        const dismissed = await request('POST', `/penalty-suggestions/${s.id}/dismiss`, { as: 'compliance', body: { reason: 'Merchant on holiday, agreed with the account manager.' } });
        expect(dismissed.status).toBe(200);
        const again = await list('penalty-suggestions', { range: [0, 499] }, 'compliance');
        expect(again.body.find((x: { id: string }) => x.id === s.id)).toBeUndefined();
        expect((await list('audit-log', { filter: { action: 'dismiss-suggestion', recordId: s.id } })).body).toHaveLength(1);
    });

    it('R-PEN-3 a confirmed suggestion becomes a proposal and leaves the list', async () => {
        const s = (await list('penalty-suggestions', { range: [0, 0] }, 'compliance')).body[0];
        const res = await request('POST', '/penalties', {
            as: 'compliance',
            body: { merchantId: s.merchantId, ground: { kind: 'rule', code: s.groundCode, description: 'Detected from activity data.' }, measures: [{ type: 'warning' }], startsOn: await today(), endsOn: null, suggestionId: s.id },
        });
        expect(res.status).toBe(201);
        const again = await list('penalty-suggestions', { range: [0, 499] }, 'compliance');
        expect(again.body.find((x: { id: string }) => x.id === s.id)).toBeUndefined();
    });
});

describe('money measures through the deposit ledger (R-DEP-3, R-DEP-12, R-DEP-10)', () => {
    /** A clean active merchant with an open deposit account in its deposit currency and a positive balance. */
    const fundedMerchant = async () => {
        const penalised = new Set(api.db.all<{ merchantId: string }>('penalties').map(p => p.merchantId));
        for (const a of api.db.all<{ id: string; merchantId: string; currency: string; status: string }>('deposit-accounts')) {
            const m = api.db.get<{ id: string; status: string; depositCurrency: string }>('merchants', a.merchantId);
            if (!m || m.status !== 'active' || penalised.has(m.id) || a.status !== 'open' || a.currency !== m.depositCurrency) continue;
            const view = (await request('GET', `/deposit-accounts/${a.id}`, { as: 'supervisor' })).body;
            if (view.balance > 100_00 && view.owed === 0) return { merchantId: m.id, account: view };
        }
        throw new Error('no funded merchant in the seed');
    };

    it('R-DEP-3 posts a deduction linked to the penalty on approval and R-PEN-7 reverses it on overturn', async () => {
        const { merchantId, account } = await fundedMerchant();
        const p = (await propose(merchantId, { measures: [{ type: 'warning' }, { type: 'deposit_deduction', amount: 100_00, currency: account.currency }], endsOn: null })).body;
        const approved = await request('POST', `/penalties/${p.id}/approve`, { as: 'service', body: {} });
        expect(approved.status).toBe(200);
        expect(approved.body.ledgerEntryIds).toHaveLength(1);
        const entry = (await request('GET', `/ledger-entries/${approved.body.ledgerEntryIds[0]}`, { as: 'supervisor' })).body;
        expect(entry).toMatchObject({ type: 'deduction', amount: 100_00, penaltyId: p.id, ground: 'other_rule' });
        expect((await request('GET', `/deposit-accounts/${account.id}`, { as: 'supervisor' })).body.balance).toBe(account.balance - 100_00);
        const overturned = await request('POST', `/penalties/${p.id}/overturn`, { as: 'supervisor', body: { note: 'Deduction was not justified.' } });
        expect(overturned.status).toBe(200);
        expect(overturned.body.ledgerEntryIds).toHaveLength(2);
        const reversal = (await request('GET', `/ledger-entries/${overturned.body.ledgerEntryIds[1]}`, { as: 'supervisor' })).body;
        expect(reversal).toMatchObject({ type: 'reversal', reversesEntryId: entry.id });
        expect((await request('GET', `/deposit-accounts/${account.id}`, { as: 'supervisor' })).body.balance).toBe(account.balance);
    });

    it('R-PEN-6 bribery: liquidated damages need the supervisor and post as liquidated damages', async () => {
        const { merchantId, account } = await fundedMerchant();
        const p = (await propose(merchantId, {
            ground: { kind: 'rule', code: 'bribery', description: 'Paid a buyer’s agent to win orders.' },
            measures: [{ type: 'close_store' }, { type: 'liquidated_damages', amount: 10_000_000, currency: account.currency }],
            endsOn: null,
        })).body;
        expect((await request('POST', `/penalties/${p.id}/approve`, { as: 'service', body: {} })).status).toBe(403);
        const ok = await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        expect(ok.status).toBe(200);
        const entry = (await request('GET', `/ledger-entries/${ok.body.ledgerEntryIds[0]}`, { as: 'supervisor' })).body;
        expect(entry).toMatchObject({ ground: 'liquidated_damages', amount: 10_000_000 });
        // A deduction beyond the balance becomes an amount owed (R-DEP-12), which clearance must collect (R-PEN-9).
        const c = (await request('GET', `/clearances/${merchantId}`, { as: 'supervisor' })).body;
        expect(c.items.find((i: { key: string }) => i.key === 'damages')).toMatchObject({ done: c.owed === 0 });
    });

    it('R-DEP-10 forfeiture after termination is requested by the supervisor and waits for a second person', async () => {
        const { merchantId, account } = await fundedMerchant();
        const p = (await propose(merchantId, { measures: [{ type: 'close_store' }], endsOn: null, ground: { kind: 'rule', code: 'untrue_documents', description: 'Forged import/export certificate.' } })).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        expect((await request('POST', `/clearances/${merchantId}/request-forfeiture`, { as: 'compliance', body: {} })).status).toBe(403);
        const res = await request('POST', `/clearances/${merchantId}/request-forfeiture`, { as: 'supervisor', body: { note: 'Forged documents.' } });
        expect(res.status).toBe(201);
        const approval = (await request('GET', `/approvals/${res.body.forfeitureApprovalId}`, { as: 'supervisor' })).body;
        expect(approval).toMatchObject({ kind: 'forfeiture', status: 'pending', amount: account.balance, penaltyId: p.id, requestedBy: 'op-supervisor' });
        // The requester cannot decide it (four eyes, R-DEP-13).
        expect((await request('POST', `/approvals/${approval.id}/approve`, { as: 'supervisor', body: { note: 'ok' } })).status).toBe(403);
        expect((await request('POST', `/clearances/${merchantId}/request-forfeiture`, { as: 'supervisor', body: {} })).status).toBe(409);
    });

    it('R-DEP-10 refuses forfeiture when the termination ground is not one of 003 §15.2.3', async () => {
        const { merchantId } = await fundedMerchant();
        const p = (await propose(merchantId, { measures: [{ type: 'close_store' }], endsOn: null, ground: { kind: 'rule', code: 'low_service_scores', description: 'Low DSR scores for months.' } })).body;
        await request('POST', `/penalties/${p.id}/approve`, { as: 'supervisor', body: {} });
        expect((await request('POST', `/clearances/${merchantId}/request-forfeiture`, { as: 'supervisor', body: {} })).status).toBe(409);
    });
});

describe('complaint grounds (R-CMP-8)', () => {
    const putComplaint = (over: Record<string, unknown>) => {
        const merchantId = api.db.all<{ id: string; status: string }>('merchants').find(m => m.status === 'active')!.id;
        const complaint = {
            id: `CMP-T${Math.random().toString(36).slice(2, 8)}`,
            number: 'C-2026-TEST',
            merchantId,
            type: 'no_delivery',
            status: 'decided',
            decision: { outcome: 'upheld', reason: 'Goods never shipped.', compensation: null, paymentDueDate: null, decidedBy: 'op-service', decidedAt: '2026-11-19T01:00:00Z' },
            penaltyId: null,
            ...over,
        };
        api.db.put('complaints', complaint as never);
        api.db.version++;
        return complaint;
    };
    const proposeOn = async (c: { id: string; merchantId: string }) =>
        request('POST', '/penalties', { as: 'service', body: { merchantId: c.merchantId, ground: { kind: 'complaint', complaintId: c.id, description: 'Complaint upheld: no delivery after payment.' }, measures: [{ type: 'warning' }], startsOn: await today(), endsOn: null } });

    it('R-CMP-8 accepts an upheld complaint as the ground and links the penalty back on the complaint', async () => {
        const c = putComplaint({});
        const res = await proposeOn(c);
        expect(res.status).toBe(201);
        expect(res.body.ground).toMatchObject({ kind: 'complaint', ruleId: 'R-CMP-8', complaintId: c.id });
        expect(api.db.get<{ penaltyId: string }>('complaints', c.id)!.penaltyId).toBe(res.body.id);
    });

    it('R-CMP-8 refuses a complaint that is not upheld or not of the first nine types', async () => {
        const rejected = await proposeOn(putComplaint({ decision: { outcome: 'rejected' } }));
        expect(rejected.status).toBe(422);
        expect(rejected.body.errors['ground.complaintId']).toMatch(/not upheld/);
        const spam = await proposeOn(putComplaint({ type: 'spam' }));
        expect(spam.status).toBe(422);
        expect(spam.body.errors['ground.complaintId']).toMatch(/first nine types/);
    });
});

describe('suggestion thresholds are settings (R-PEN-3)', () => {
    it('R-PEN-3 validates the thresholds and recomputes the suggestions when the supervisor changes them', async () => {
        const bad = await request('PUT', '/settings/platform', { as: 'supervisor', body: { spamSuggestionThreshold: 0 } });
        expect(bad.status).toBe(422);
        expect(bad.body.errors.spamSuggestionThreshold).toBeTruthy();
        const count = async () => Number((await list('penalty-suggestions', { range: [0, 0], filter: { kind: 'spam_block_listed' } }, 'compliance')).headers.get('Content-Range')!.split('/')[1]);
        const before = await count();
        expect((await request('PUT', '/settings/platform', { as: 'supervisor', body: { spamSuggestionThreshold: 10_000, blockListedSuggestionThreshold: 10_000 } })).status).toBe(200);
        expect(await count()).toBe(0);
        expect(before).toBeGreaterThan(0);
    });
});

describe('infringement notices (R-CMP-10)', () => {
    it('R-CMP-10 links the warning-and-suspension penalty back on the infringement complaint', async () => {
        const c = api.db.all<{ id: string; merchantId: string; infringement?: { penaltyId: string | null } | null }>('complaints').find(x => x.infringement && !x.infringement.penaltyId);
        expect(c).toBeTruthy();
        const res = await request('POST', '/penalties', {
            as: 'service',
            body: { merchantId: c!.merchantId, ground: { kind: 'rule', code: 'infringement_notice', complaintId: c!.id, description: 'Infringement notice: listings copy a registered design.' }, measures: [{ type: 'warning' }, { type: 'suspend_category_services' }], startsOn: await today(), endsOn: addDaysIso(await today(), 30) },
        });
        expect(res.status).toBe(201);
        expect(res.body.ground).toMatchObject({ kind: 'rule', ruleId: 'R-CMP-10', complaintId: c!.id });
        expect(api.db.get<{ infringement: { penaltyId: string } }>('complaints', c!.id)!.infringement.penaltyId).toBe(res.body.id);
    });
});
