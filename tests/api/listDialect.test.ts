// ra-data-simple-rest's dialect, spoken by the mock API (issue 2 point 3), through msw/node.
import { describe, expect, it } from 'vitest';
import type { Merchant } from '../../src/domain';
import { SEED_COUNTS } from '../../mock/seed';
import { useMockApi } from '../support/api';

const { request, list, api, token } = useMockApi('small');
const TOTAL = SEED_COUNTS.small.merchants;

const all = async (): Promise<Merchant[]> => (await list('merchants', { sort: ['id', 'ASC'] })).body;

describe('list, range and Content-Range', () => {
    it('answers range [0,24] with exactly "merchants 0-24/N" and exposes the header', async () => {
        const res = await list('merchants', { sort: ['id', 'ASC'], range: [0, 24] });
        expect(res.status).toBe(200);
        expect(res.body).toHaveLength(25);
        expect(res.headers.get('Content-Range')).toBe(`merchants 0-24/${TOTAL}`);
        expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/(^|,\s*)Content-Range(,|$)/);
        expect(res.body[0].id).toBe('m-00001');
        expect(res.body[24].id).toBe('m-00025');
    });

    it('answers the second page and a short last page with the rows it really returns', async () => {
        const second = await list('merchants', { sort: ['id', 'ASC'], range: [25, 49] });
        expect(second.headers.get('Content-Range')).toBe(`merchants 25-49/${TOTAL}`);
        expect(second.body[0].id).toBe('m-00026');
        const last = await list('merchants', { sort: ['id', 'ASC'], range: [TOTAL - 20, TOTAL + 29] });
        expect(last.body).toHaveLength(20);
        expect(last.headers.get('Content-Range')).toBe(`merchants ${TOTAL - 20}-${TOTAL - 1}/${TOTAL}`);
    });

    it('answers every row without a range', async () => {
        const res = await list('merchants');
        expect(res.body).toHaveLength(TOTAL);
        expect(res.headers.get('Content-Range')).toBe(`merchants 0-${TOTAL - 1}/${TOTAL}`);
    });

    it('answers "*/0" and an empty list when nothing matches', async () => {
        const res = await list('merchants', { range: [0, 24], filter: { q: 'no merchant is called this' } });
        expect(res.status).toBe(200);
        expect(res.body).toEqual([]);
        expect(res.headers.get('Content-Range')).toBe('merchants */0');
    });

    it('answers "*/N" for a range past the end instead of claiming a row', async () => {
        const res = await list('merchants', { range: [TOTAL + 100, TOTAL + 124] });
        expect(res.body).toEqual([]);
        expect(res.headers.get('Content-Range')).toBe(`merchants */${TOTAL}`);
    });
});

describe('sort', () => {
    it('sorts ASC and DESC by a string field', async () => {
        const asc = (await list('merchants', { sort: ['nameEn', 'ASC'] })).body as Merchant[];
        const desc = (await list('merchants', { sort: ['nameEn', 'DESC'] })).body as Merchant[];
        const collator = new Intl.Collator('en');
        for (let i = 1; i < asc.length; i++) expect(collator.compare(asc[i - 1].nameEn, asc[i].nameEn)).toBeLessThanOrEqual(0);
        for (let i = 1; i < desc.length; i++) expect(collator.compare(desc[i - 1].nameEn, desc[i].nameEn)).toBeGreaterThanOrEqual(0);
        expect(asc[0].nameEn).toBe(desc[desc.length - 1].nameEn);
    });

    it('sorts numbers as numbers, not as text', async () => {
        const asc = (await list('merchants', { sort: ['registeredCapital', 'ASC'] })).body as Merchant[];
        const values = asc.map(m => m.registeredCapital);
        expect(values).toEqual([...values].sort((a, b) => a - b));
        expect(new Set(values).size).toBeGreaterThan(2);
        const desc = (await list('merchants', { sort: ['registeredCapital', 'DESC'], range: [0, 0] })).body as Merchant[];
        expect(desc[0].registeredCapital).toBe(Math.max(...values));
    });

    it('sorts by a nested field', async () => {
        const rows = (await list('merchants', { sort: ['activity.openTransactions', 'DESC'] })).body as Merchant[];
        const values = rows.map(m => m.activity.openTransactions);
        expect(values).toEqual([...values].sort((a, b) => b - a));
    });

    it('puts empty values last in both directions', async () => {
        const merchants = await all();
        const withDate = merchants.filter(m => m.approvedAt).length;
        expect(withDate).toBeGreaterThan(0);
        expect(withDate).toBeLessThan(merchants.length);
        for (const order of ['ASC', 'DESC'] as const) {
            const rows = (await list('merchants', { sort: ['approvedAt', order] })).body as Merchant[];
            const dates = rows.map(m => m.approvedAt);
            expect(dates.slice(withDate).every(d => d === null), order).toBe(true);
            const present = dates.slice(0, withDate) as string[];
            expect(present.every(Boolean)).toBe(true);
            const sorted = [...present].sort();
            expect(present).toEqual(order === 'ASC' ? sorted : sorted.reverse());
        }
    });
});

describe('filters', () => {
    it('getMany: filter {"id":[...]} answers exactly those records and ignores unknown ids', async () => {
        const ids = ['m-00003', 'm-00017', 'm-00042'];
        const res = await list('merchants', { filter: { id: [...ids, 'm-99999'] } });
        expect(res.body.map((m: Merchant) => m.id).sort()).toEqual(ids);
        expect(res.headers.get('Content-Range')).toBe('merchants 0-2/3');
    });

    it('full-text q matches Chinese and English names, case-insensitively, every term', async () => {
        const merchants = await all();
        const target = merchants[7];
        const zh = await list('merchants', { filter: { q: target.nameZh.slice(0, 4) } });
        expect(zh.body.map((m: Merchant) => m.id)).toContain(target.id);
        expect(zh.body.every((m: Merchant) => m.nameZh.includes(target.nameZh.slice(0, 4)) || m.nameEn.includes(target.nameZh.slice(0, 4)) || m.storeName.includes(target.nameZh.slice(0, 4)) || m.legalRepresentative.includes(target.nameZh.slice(0, 4)))).toBe(true);
        const [first, second] = target.nameEn.split(' ');
        const en = await list('merchants', { filter: { q: `${first.toUpperCase()} ${second.toLowerCase()}` } });
        expect(en.body.map((m: Merchant) => m.id)).toContain(target.id);
        const expected = merchants.filter(m =>
            [m.nameZh, m.nameEn, m.uscc, m.legalRepresentative, m.storeName].join(' ').toLowerCase().includes(first.toLowerCase()) &&
            [m.nameZh, m.nameEn, m.uscc, m.legalRepresentative, m.storeName].join(' ').toLowerCase().includes(second.toLowerCase()),
        );
        expect(en.body).toHaveLength(expected.length);
    });

    it('_gte and _lte filter numbers, inclusive at both ends', async () => {
        const merchants = await all();
        const res = await list('merchants', { filter: { registeredCapital_gte: 5_000_000_00, registeredCapital_lte: 10_000_000_00 } });
        const expected = merchants.filter(m => m.registeredCapital >= 5_000_000_00 && m.registeredCapital <= 10_000_000_00);
        expect(expected.some(m => m.registeredCapital === 5_000_000_00)).toBe(true);
        expect(expected.some(m => m.registeredCapital === 10_000_000_00)).toBe(true);
        expect(res.body.map((m: Merchant) => m.id).sort()).toEqual(expected.map(m => m.id).sort());
        // A bound typed into a form arrives as text: still compared as a number.
        const text = await list('merchants', { filter: { registeredCapital_gte: '500000000' } });
        expect(text.body).toHaveLength(merchants.filter(m => m.registeredCapital >= 5_000_000_00).length);
    });

    it('_gte and _lte filter calendar dates, inclusive at both ends', async () => {
        const merchants = await all();
        const sorted = merchants.map(m => m.establishedOn).sort();
        const from = sorted[20];
        const to = sorted[60];
        const res = await list('merchants', { filter: { establishedOn_gte: from, establishedOn_lte: to } });
        const expected = merchants.filter(m => m.establishedOn >= from && m.establishedOn <= to);
        expect(res.body.map((m: Merchant) => m.id).sort()).toEqual(expected.map(m => m.id).sort());
        expect(res.body.length).toBeGreaterThanOrEqual(41);
    });

    it('_lte with a date includes the whole of that day (China time) for timestamps', async () => {
        const merchants = await all();
        const target = merchants[0];
        const day = new Date(Date.parse(target.registeredAt) + 8 * 3_600_000).toISOString().slice(0, 10);
        const res = await list('merchants', { filter: { registeredAt_gte: day, registeredAt_lte: day } });
        expect(res.body.map((m: Merchant) => m.id)).toContain(target.id);
        for (const m of res.body as Merchant[]) expect(new Date(Date.parse(m.registeredAt) + 8 * 3_600_000).toISOString().slice(0, 10)).toBe(day);
    });

    it('an array filter matches any of its values', async () => {
        const merchants = await all();
        const res = await list('merchants', { filter: { status: ['pending_review', 'info_requested'] } });
        const expected = merchants.filter(m => m.status === 'pending_review' || m.status === 'info_requested');
        expect(expected.length).toBeGreaterThan(0);
        expect(res.body.map((m: Merchant) => m.id).sort()).toEqual(expected.map(m => m.id).sort());
    });

    it('a value filter matches inside array fields and through arrays of objects', async () => {
        const merchants = await all();
        const inCat = await list('merchants', { filter: { categoryIds: 'cat-01' } });
        expect(inCat.body.map((m: Merchant) => m.id).sort()).toEqual(merchants.filter(m => m.categoryIds.includes('cat-01')).map(m => m.id).sort());
        const rejected = await list('merchants', { filter: { 'decisions.kind': 'reject' } });
        const expected = merchants.filter(m => m.decisions.some(d => d.kind === 'reject'));
        expect(expected.length).toBeGreaterThan(0);
        expect(rejected.body.map((m: Merchant) => m.id).sort()).toEqual(expected.map(m => m.id).sort());
    });

    it('combines filters with AND and pages the filtered rows', async () => {
        const merchants = await all();
        const expected = merchants.filter(m => m.status === 'active' && m.depositCurrency === 'USD');
        const res = await list('merchants', { sort: ['id', 'ASC'], range: [0, 4], filter: { status: 'active', depositCurrency: 'USD' } });
        expect(res.body.map((m: Merchant) => m.id)).toEqual(expected.slice(0, 5).map(m => m.id));
        expect(res.headers.get('Content-Range')).toBe(`merchants 0-4/${expected.length}`);
    });
});

describe('malformed list parameters answer 400 with the parameter at fault', () => {
    const bad: Array<[string, string, 'sort' | 'range' | 'filter']> = [
        ['sort that is not JSON', 'sort=[oops', 'sort'],
        ['sort with one element', 'sort=["id"]', 'sort'],
        ['sort with a lower-case order', 'sort=["id","asc"]', 'sort'],
        ['sort as an object', 'sort={"field":"id","order":"ASC"}', 'sort'],
        ['sort on a field with odd characters', 'sort=["id;drop","ASC"]', 'sort'],
        ['range that is not JSON', 'range=0-24', 'range'],
        ['range with one number', 'range=[0]', 'range'],
        ['range with text', 'range=[0,"24"]', 'range'],
        ['range with a fraction', 'range=[0,2.5]', 'range'],
        ['negative range', 'range=[-1,24]', 'range'],
        ['range ending before it starts', 'range=[10,5]', 'range'],
        ['range of more than 10,000 rows', 'range=[0,10001]', 'range'],
        ['filter that is not JSON', 'filter={status:active}', 'filter'],
        ['filter as an array', 'filter=["active"]', 'filter'],
        ['filter as null', 'filter=null', 'filter'],
        ['filter as a string', 'filter="active"', 'filter'],
        ['range bound given as an object', `filter=${JSON.stringify({ registeredCapital_gte: { min: 1 } })}`, 'filter'],
        ['range bound given as a list', `filter=${JSON.stringify({ establishedOn_lte: ['2026-01-01'] })}`, 'filter'],
    ];
    it.each(bad)('%s', async (_name, query, param) => {
        const [key, value] = [query.slice(0, query.indexOf('=')), query.slice(query.indexOf('=') + 1)];
        const res = await request('GET', `/merchants?${key}=${encodeURIComponent(value)}`, { as: 'supervisor' });
        expect(res.status).toBe(400);
        expect(res.body.message).toMatch(new RegExp(`"${param}"|${param}`));
        expect(res.body.errors[param]).toBeTruthy();
    });

    it('a badly encoded id in the path is a 400, not a crash', async () => {
        // MSW's own URL matcher throws on this before our handler runs, so ask the handler directly.
        const res = await api.handle(
            new Request('http://localhost/api/merchants/%E0%A4%A', { headers: { Authorization: `Bearer ${await token('supervisor')}` } }),
        );
        expect(res.status).toBe(400);
        expect((await res.json()).message).toMatch(/URL-encoded/);
    });
});
