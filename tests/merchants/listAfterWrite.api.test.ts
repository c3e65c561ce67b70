// The merchant list through the real API after writes (issue 8): its caches are kept across
// writes to other resources and patched after writes to merchants, so every answer is compared
// with the plain pipeline (present every merchant, filter, sort) computed without any cache.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Merchant } from '../../src/domain';
import { Ctx } from '../../mock/core/context';
import { queryPresented } from '../../mock/core/listQuery';
import { merchantDefinition } from '../../mock/resources/merchants';
import { useMockApi } from '../support/api';

const { request, list, reset, api } = useMockApi('small');

beforeEach(() => reset());

type Query = { filter: Record<string, unknown>; sort: [string, 'ASC' | 'DESC'] };

/** The merchant list's screens: status filters (R-PEN-10, derived), search, stored fields, the review queue. */
const QUERIES: Query[] = [
    { filter: { status: 'active' }, sort: ['nameEn', 'ASC'] },
    { filter: {}, sort: ['registeredAt', 'DESC'] },
    { filter: { q: 'co' }, sort: ['registeredAt', 'DESC'] },
    { filter: { status: ['pending_review', 'info_requested'] }, sort: ['submittedAt', 'ASC'] },
    { filter: { status: ['suspended', 'restricted'] }, sort: ['status', 'ASC'] },
    { filter: { status: 'info_requested' }, sort: ['reviewDueDate', 'ASC'] },
];

/** What the plain pipeline answers now: a fresh Ctx and cache, every merchant presented. */
const expected = (q: Query) => {
    const ctx = new Ctx(api.db, new Request('http://x'), new URL('http://x'), null, undefined, new Map());
    return queryPresented(merchantDefinition, ctx, q.filter, { field: q.sort[0], order: q.sort[1] }).map(m => m.id);
};

const ids = (rows: Array<{ id: string }>) => rows.map(r => r.id);

/** Every query's whole answer equals the plain pipeline's; returns the answers. */
const expectListsRight = async (when: string) => {
    const answers: string[][] = [];
    for (const q of QUERIES) {
        const res = await list('merchants', { ...q, range: [0, 9_999] });
        expect(res.status).toBe(200);
        expect(ids(res.body), `${when}: ${JSON.stringify(q)}`).toEqual(expected(q));
        answers.push(ids(res.body));
    }
    return answers;
};

const pendingMerchant = () => api.db.all<Merchant>('merchants').find(m => m.status === 'pending_review')!;
const cleanActiveMerchant = () => {
    const penalised = new Set(api.db.all<{ merchantId: string }>('penalties').map(p => p.merchantId));
    return api.db.all<Merchant>('merchants').find(m => m.status === 'active' && !penalised.has(m.id))!;
};

describe('merchant list after writes (issue 8)', () => {
    it('R-PRV-1 a write to another resource only (revealing contact data writes the audit log) leaves every list as the plain pipeline answers it', async () => {
        const before = await expectListsRight('before');
        const m = cleanActiveMerchant();
        expect((await request('POST', `/merchants/${m.id}/reveal-contact`, { as: 'compliance', body: { reason: 'Checking the phone number with the buyer' } })).status).toBe(200);
        expect(await expectListsRight('after a write to the audit log')).toEqual(before);
    });

    it('R-REG-9 an edited English name moves the merchant in the list sorted by it, and a search finds the new name', async () => {
        await expectListsRight('before');
        const m = cleanActiveMerchant();
        const res = await request('PUT', `/merchants/${m.id}`, { as: 'compliance', body: { nameEn: 'Aaaa Zyxwv Trading Co., Ltd.' } });
        expect(res.status).toBe(200);
        const [byName] = await expectListsRight('after editing a merchant');
        expect(byName[0]).toBe(m.id);
        const found = await list('merchants', { filter: { q: 'zyxwv' }, sort: ['registeredAt', 'DESC'] });
        expect(ids(found.body)).toEqual([m.id]);
    });

    it('R-REG-9 a request for information moves a merchant from pending review to information requested in the status filters', async () => {
        await expectListsRight('before');
        const m = pendingMerchant();
        const res = await request('POST', `/merchants/${m.id}/decisions`, { as: 'compliance', body: { kind: 'request_info', reasonCode: 'unclear_licence_scan', note: 'The licence scan is unreadable.' } });
        expect(res.status).toBe(201);
        const answers = await expectListsRight('after a decision');
        expect(answers[5]).toContain(m.id); // status info_requested, by review due date
    });

    it('R-PEN-10 an approved freeze makes an active merchant suspended in the status filters, and lifting it makes it active again', async () => {
        await expectListsRight('before');
        const m = cleanActiveMerchant();
        const today = (await request('GET', '/clock', { as: 'supervisor' })).body.today as string;
        const proposed = await request('POST', '/penalties', {
            as: 'compliance',
            body: {
                merchantId: m.id,
                ground: { kind: 'rule', code: 'prohibited_listings', description: 'Repeated listings of a prohibited item.' },
                measures: [{ type: 'freeze_transactions' }],
                startsOn: today,
                endsOn: new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10),
                publish: false,
                note: '',
            },
        });
        expect(proposed.status).toBe(201);
        const approved = await request('POST', `/penalties/${proposed.body.id}/approve`, { as: 'service', body: {} });
        expect(approved.status, JSON.stringify(approved.body)).toBe(200);
        const frozen = await expectListsRight('after a penalty');
        expect(frozen[0]).not.toContain(m.id);
        expect(frozen[4]).toContain(m.id);
        const lifted0 = await request('POST', `/penalties/${proposed.body.id}/lift`, { as: 'service', body: { note: 'Listings removed.' } });
        expect(lifted0.status, JSON.stringify(lifted0.body)).toBe(200);
        const lifted = await expectListsRight('after lifting the penalty');
        expect(lifted[0]).toContain(m.id);
        expect(lifted[4]).not.toContain(m.id);
    });
});
