// R-REG-6 related accounts through the API after edits: the groups are patched per changed
// merchant (issue 8: a one-merchant group is kept as the id itself, not an array), and must give
// exactly what groups rebuilt from scratch give, for every merchant.
import { beforeEach, describe, expect, it } from 'vitest';
import { useMockApi } from '../support/api';

const { request, reset, api } = useMockApi('small');

const raw = (id: string) => api.db.get<any>('merchants', id);

/** Every merchant's related accounts as the API answers them. */
const allRelated = async () => {
    const out: Record<string, unknown> = {};
    for (const m of api.db.all<any>('merchants')) out[m.id] = (await request('GET', `/merchants/${m.id}/related`, { as: 'compliance' })).body;
    return out;
};

/** The same after every cache is dropped (a manual version bump rebuilds the groups). */
const allRelatedRebuilt = async () => {
    api.db.version = api.db.version + 1;
    return allRelated();
};

describe('R-REG-6 related accounts after edits', () => {
    beforeEach(() => reset());

    it('R-REG-6 a merchant edited to share a legal representative joins that group, leaves it when edited back, as a rebuild says', async () => {
        const a = structuredClone(raw('m-00003'));
        const b = raw('m-00004');
        expect(a.legalRepresentative).not.toBe(b.legalRepresentative);
        await allRelated(); // builds the groups before the edits, so the edits patch them

        const joined = await request('PUT', '/merchants/m-00003', { as: 'compliance', body: { ...a, legalRepresentative: b.legalRepresentative } });
        expect(joined.status).toBe(200);
        const afterJoin = await allRelated();
        expect(afterJoin['m-00003']).toEqual(expect.arrayContaining([expect.objectContaining({ merchantId: 'm-00004', via: expect.arrayContaining(['legalRepresentative']) })]));
        expect(afterJoin['m-00004']).toEqual(expect.arrayContaining([expect.objectContaining({ merchantId: 'm-00003' })]));
        expect(afterJoin).toEqual(await allRelatedRebuilt());

        const left = await request('PUT', '/merchants/m-00003', { as: 'compliance', body: { ...raw('m-00003'), legalRepresentative: a.legalRepresentative } });
        expect(left.status).toBe(200);
        const afterLeave = await allRelated();
        expect(afterLeave['m-00004']).not.toEqual(expect.arrayContaining([expect.objectContaining({ merchantId: 'm-00003' })]));
        expect(afterLeave).toEqual(await allRelatedRebuilt());
    });
});
