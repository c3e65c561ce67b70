// Rules that cut across capabilities: each test names the rule it proves.
import { beforeEach, describe, expect, it } from 'vitest';
import { COMPLAINT_TYPES, DEFAULT_SETTINGS, type Merchant } from '../../src/domain';
import { deemedDelivered } from '../../mock/core/context';
import { useMockApi } from '../support/api';

const { request, list, reset, setClock, api } = useMockApi('small');

let keySeq = 0;
const key = () => `rules-${++keySeq}-${Math.random().toString(36).slice(2)}`;
const activeMerchants = () => api.db.all<Merchant>('merchants').filter(m => m.status === 'active');

describe('cross-cutting rules', () => {
    beforeEach(() => reset());

    it('R-REG-1 a registration keeps its contact data: clearing the e-mail, phone or contact person is refused at the field', async () => {
        const before = structuredClone(api.db.get<Merchant>('merchants', 'm-00003')!);
        for (const field of ['email', 'phone', 'contactPerson'] as const) {
            const res = await request('PUT', '/merchants/m-00003', { as: 'compliance', body: { ...before, [field]: '' } });
            expect(res.status, field).toBe(422);
            expect(res.body.errors[field], field).toBeTruthy();
        }
        const badEmail = await request('PUT', '/merchants/m-00003', { as: 'compliance', body: { ...before, email: 'not-an-address' } });
        expect(badEmail.body.errors.email).toMatch(/e-mail/);
        expect(api.db.get('merchants', 'm-00003')).toEqual(before);
    });

    it('R-CMP-2 accepts every complaint type of the rulebook and refuses any other at the type field', async () => {
        const merchantId = activeMerchants()[0].id;
        const body = (type: string) => ({
            complainantType: 'buyer',
            complainantName: 'Hanse Import GmbH',
            complainantContact: 'claims@hanse.example.com',
            merchantId,
            type,
            orderRef: `TW-${type}`,
            amountClaimed: null,
            description: 'Described in enough words for the agent to act.',
        });
        expect(COMPLAINT_TYPES).toHaveLength(14);
        for (const type of COMPLAINT_TYPES) {
            const res = await request('POST', '/complaints', { as: 'service', body: body(type) });
            expect(res.status, type).toBe(201);
            expect(res.body.type).toBe(type);
        }
        const bad = await request('POST', '/complaints', { as: 'service', body: body('rude_tone') });
        expect(bad.status).toBe(422);
        expect(bad.body.errors.type).toBeTruthy();
    });

    it('R-DEP-6 a deposit earns no interest: a year later the balance and the entries are unchanged', async () => {
        const { body } = await list('deposit-accounts', { filter: { status: 'open' }, sort: ['id', 'ASC'], range: [0, 0] });
        const before = (await request('GET', `/deposit-accounts/${body[0].id}`, { as: 'financeA' })).body;
        const entriesBefore = (await list('ledger-entries', { filter: { accountId: before.id }, range: [0, 999] })).body.length;
        await setClock({ advanceDays: 365 });
        const after = (await request('GET', `/deposit-accounts/${before.id}`, { as: 'financeA' })).body;
        expect(after.balance).toBe(before.balance);
        expect((await list('ledger-entries', { filter: { accountId: before.id }, range: [0, 999] })).body).toHaveLength(entriesBefore);
    });

    it('R-DEP-9 a loss in one store may be deducted from another store of the same enterprise, not from another enterprise', async () => {
        const [a, b, c] = activeMerchants().filter(m => api.db.all<{ merchantId: string; status: string }>('deposit-accounts').some(x => x.merchantId === m.id && x.status === 'open'));
        // b becomes a second store of a's enterprise (same USCC); c stays a different enterprise.
        api.db.put('merchants', { ...b, uscc: a.uscc });
        api.db.version++;
        const filed = await request('POST', '/complaints', {
            as: 'service',
            body: { complainantType: 'buyer', complainantName: 'Buyer Ltd', complainantContact: 'b@buyer.example', merchantId: a.id, type: 'quality', orderRef: 'TW-DEP-9', amountClaimed: null, description: 'Goods broken on arrival, photos attached.' },
        });
        expect(filed.status).toBe(201);
        const accountOf = (merchantId: string) => api.db.all<{ id: string; merchantId: string; status: string }>('deposit-accounts').find(x => x.merchantId === merchantId && x.status === 'open')!;
        const deduct = (merchantId: string) =>
            request('POST', '/ledger-entries', {
                as: 'financeA',
                headers: { 'Idempotency-Key': key() },
                body: { accountId: accountOf(merchantId).id, type: 'deduction', amount: 100, ground: 'unpaid_compensation', complaintId: filed.body.id, note: 'Compensation unpaid by the other store' },
            });
        const sameEnterprise = await deduct(b.id);
        expect(sameEnterprise.status).toBe(201);
        expect(sameEnterprise.body.complaintId).toBe(filed.body.id);
        const otherEnterprise = await deduct(c.id);
        expect(otherEnterprise.status).toBe(422);
        expect(otherEnterprise.body.errors.complaintId).toMatch(/R-DEP-9/);
    });

    it('R-NOT-2 an e-mail counts as delivered 24 hours after sending, an in-site letter at once, a posted letter on the fifth natural day', () => {
        const sentAt = '2026-11-20T03:00:00.000Z'; // 11:00 in China
        expect(deemedDelivered('email', sentAt, DEFAULT_SETTINGS)).toBe('2026-11-21T03:00:00.000Z');
        expect(deemedDelivered('in_site', sentAt, DEFAULT_SETTINGS)).toBe(sentAt);
        expect(deemedDelivered('post', sentAt, DEFAULT_SETTINGS)).toBe('2026-11-24T16:00:00.000Z'); // 2026-11-25 00:00 China
    });

    it('R-NOT-2 notices sent by a decision carry their deemed-delivery time', async () => {
        const res = await request('POST', '/complaints', {
            as: 'service',
            body: { complainantType: 'buyer', complainantName: 'Buyer Ltd', complainantContact: 'b@buyer.example', merchantId: activeMerchants()[0].id, type: 'quality', orderRef: 'TW-NOT-2', amountClaimed: null, description: 'Goods broken on arrival, photos attached.' },
        });
        await request('POST', `/complaints/${res.body.id}/set-deadline`, { as: 'service', body: { deadline: '2026-11-30T10:00:00+08:00' } });
        const notices = (await list('notices', { filter: { recordId: res.body.id } })).body as Array<{ channel: string; sentAt: string; deemedDeliveredAt: string }>;
        expect(notices.length).toBeGreaterThan(0);
        for (const n of notices) expect(n.deemedDeliveredAt).toBe(deemedDelivered(n.channel as 'email', n.sentAt, DEFAULT_SETTINGS));
    });

    it('R-PRV-3 activity logs are kept: 100 days later an audit entry is still there and still cannot be deleted', async () => {
        await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: 16 } });
        const entry = (await list('audit-log', { filter: { resource: 'settings' }, sort: ['at', 'DESC'], range: [0, 0] })).body[0];
        await setClock({ advanceDays: 100 });
        expect((await request('GET', `/audit-log/${entry.id}`, { as: 'supervisor' })).body).toEqual(entry);
        expect((await request('DELETE', `/audit-log/${entry.id}`, { as: 'supervisor' })).status).toBe(405);
    });
});
