import { describe, expect, it } from 'vitest';
import type { Merchant } from '../../src/domain';
import { useMockApi } from '../support/api';

const { request, api } = useMockApi();

describe('global search', () => {
    it('R-PRV-1 finds a merchant by its full phone number and returns the phone masked', async () => {
        const merchant = api.db.all<Merchant>('merchants')[3];
        const res = await request('GET', `/search?q=${merchant.phone}`, { as: 'service' });
        expect(res.status).toBe(200);
        const hit = res.body.hits.find((h: { id: string }) => h.id === merchant.id);
        expect(hit).toBeTruthy();
        expect(hit.subtitle).not.toContain(merchant.phone);
        expect(hit.subtitle).toContain(`${merchant.phone.slice(0, 3)}****${merchant.phone.slice(-4)}`);
    });

    it('finds a merchant by USCC and by part of its English name', async () => {
        const merchant = api.db.all<Merchant>('merchants')[7];
        const byUscc = await request('GET', `/search?q=${merchant.uscc}`, { as: 'financeA' });
        expect(byUscc.body.hits.map((h: { id: string }) => h.id)).toContain(merchant.id);
        const byName = await request('GET', `/search?q=${encodeURIComponent(merchant.nameZh)}`, { as: 'compliance' });
        expect(byName.body.hits.map((h: { id: string }) => h.id)).toContain(merchant.id);
    });

    it('answers nothing for one character and 400 for an over-long query', async () => {
        expect((await request('GET', '/search?q=a', { as: 'service' })).body.hits).toEqual([]);
        expect((await request('GET', `/search?q=${'x'.repeat(101)}`, { as: 'service' })).status).toBe(400);
    });

    it('answers 401 when signed out', async () => {
        expect((await request('GET', '/search?q=abc')).status).toBe(401);
    });
});
