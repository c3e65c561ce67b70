// The list pipeline's building blocks (mock/core/query.ts), tested without HTTP.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../mock/core/errors';
import { buildPredicate, getPath, parseListParams, sortRecords } from '../../mock/core/query';

interface Row {
    id: string;
    at?: string | null;
    on?: string | null;
    amount?: number | null;
    balance?: { amount: number; currency: string };
    name?: string;
    decisions?: Array<{ kind: string; note: string; fileIds?: string[] }>;
    tags?: string[];
    flag?: boolean;
}

const rows: Row[] = [
    // 00:30 on Nov 21 in Beijing = 16:30 UTC on Nov 20.
    { id: 'a', at: '2026-11-20T16:30:00.000Z', on: '2026-11-21', amount: 5, name: 'Alpha 华锐', decisions: [{ kind: 'approve', note: 'Licence matches', fileIds: ['f1'] }], tags: ['x'], balance: { amount: 900, currency: 'CNY' } },
    // 23:59 on Nov 20 in Beijing = 15:59 UTC on Nov 20.
    { id: 'b', at: '2026-11-20T15:59:00.000Z', on: '2026-11-20', amount: 50, name: 'beta', decisions: [{ kind: 'reject', note: 'Forged seal', fileIds: ['f2', 'f3'] }], flag: true, balance: { amount: 1000, currency: 'CNY' } },
    { id: 'c', at: null, on: null, amount: null, name: '', decisions: [] },
    // 00:00 on Nov 20 in Beijing = 16:00 UTC on Nov 19.
    { id: 'd', at: '2026-11-19T16:00:00.000Z', on: '2026-11-19', amount: 10, name: 'Gamma', decisions: [{ kind: 'request_info', note: '' }, { kind: 'approve', note: 'Resubmitted' }] },
];

const ids = (filter: Record<string, unknown>, searchFields: string[] = ['name', 'decisions.note']) =>
    rows.filter(buildPredicate<Row>(filter, { searchFields, custom: {} })).map(r => r.id);

describe('getPath', () => {
    it('reads plain and dotted paths', () => {
        expect(getPath(rows[0], 'name')).toBe('Alpha 华锐');
        expect(getPath(rows[0], 'balance.amount')).toBe(900);
        expect(getPath(rows[2], 'balance.amount')).toBeUndefined();
        expect(getPath(null, 'name')).toBeUndefined();
    });

    it('reaches through arrays of objects, flattening nested lists, and honours numeric indexes', () => {
        expect(getPath(rows[3], 'decisions.kind')).toEqual(['request_info', 'approve']);
        expect(getPath(rows[1], 'decisions.fileIds')).toEqual(['f2', 'f3']);
        expect(getPath(rows[3], 'decisions.0.kind')).toBe('request_info');
        expect(getPath(rows[2], 'decisions.kind')).toEqual([]);
    });
});

describe('_gte / _lte', () => {
    it('a date-only bound compares the China date of a timestamp (UTC+8)', () => {
        expect(ids({ at_gte: '2026-11-21' })).toEqual(['a']);
        expect(ids({ at_lte: '2026-11-20' })).toEqual(['b', 'd']);
        // d is 00:00 on Nov 20 in Beijing (16:00 UTC on Nov 19): the first instant of that day.
        expect(ids({ at_gte: '2026-11-20', at_lte: '2026-11-20' })).toEqual(['b', 'd']);
        expect(ids({ at_lte: '2026-11-19' })).toEqual([]);
        expect(ids({ at_gte: '2026-11-20' })).toEqual(['a', 'b', 'd']);
    });

    it('a timestamp bound compares instants whatever the offset', () => {
        expect(ids({ at_gte: '2026-11-21T00:00:00+08:00' })).toEqual(['a']);
        expect(ids({ at_lte: '2026-11-20T23:59:00+08:00' })).toEqual(['b', 'd']);
        expect(ids({ at_gte: '2026-11-20T15:59:00.000Z', at_lte: '2026-11-20T15:59:00Z' })).toEqual(['b']);
    });

    it('date fields compare as dates, also against a timestamp bound (its China date)', () => {
        expect(ids({ on_gte: '2026-11-20' })).toEqual(['a', 'b']);
        expect(ids({ on_lte: '2026-11-20' })).toEqual(['b', 'd']);
        expect(ids({ on_gte: '2026-11-20T16:30:00Z' })).toEqual(['a']);
    });

    it('numbers compare as numbers, a textual bound included; empty values never match', () => {
        expect(ids({ amount_gte: 10 })).toEqual(['b', 'd']);
        expect(ids({ amount_gte: '10' })).toEqual(['b', 'd']); // "5" >= "10" as text would be true
        expect(ids({ amount_lte: 9 })).toEqual(['a']);
        expect(ids({ amount_lte: '' })).toEqual(['a', 'b', 'c', 'd']); // an empty bound is no filter
        expect(ids({ amount_gte: 'abc' })).toEqual([]);
    });

    it('Money compares by minor units', () => {
        expect(ids({ balance_gte: 1000 })).toEqual(['b']);
        expect(ids({ balance_lte: 999 })).toEqual(['a']);
    });

    it('refuses a bound that is not a number or a date with a 400', () => {
        for (const bound of [{ min: 1 }, [1], true]) {
            try {
                ids({ amount_gte: bound });
                expect.unreachable();
            } catch (error) {
                expect(error).toBeInstanceOf(ApiError);
                expect((error as ApiError).status).toBe(400);
                expect((error as ApiError).errors).toHaveProperty('filter');
            }
        }
    });
});

describe('q, _q and value filters', () => {
    it('q searches nested list fields, Chinese and case-insensitively, every term', () => {
        expect(ids({ q: 'forged' })).toEqual(['b']);
        expect(ids({ q: '华锐' })).toEqual(['a']);
        expect(ids({ q: 'ALPHA licence' })).toEqual(['a']);
        expect(ids({ q: 'alpha forged' })).toEqual([]);
        expect(ids({ q: '   ' })).toEqual(['a', 'b', 'c', 'd']);
    });

    it('q never matches an object field as "[object Object]"', () => {
        expect(ids({ q: 'object' }, ['balance', 'name'])).toEqual([]);
    });

    it('field_q matches a substring of one field', () => {
        expect(ids({ name_q: 'ET' })).toEqual(['b']);
    });

    it('a value matches inside arrays and through arrays of objects', () => {
        expect(ids({ 'decisions.kind': 'approve' })).toEqual(['a', 'd']);
        expect(ids({ 'decisions.kind': ['reject', 'request_info'] })).toEqual(['b', 'd']);
        expect(ids({ tags: 'x' })).toEqual(['a']);
        expect(ids({ id: [] })).toEqual([]);
    });

    it('a boolean filter treats a missing flag as false', () => {
        expect(ids({ flag: true })).toEqual(['b']);
        expect(ids({ flag: false })).toEqual(['a', 'c', 'd']);
    });

    it('custom named filters win over the generic ones', () => {
        const predicate = buildPredicate<Row>({ amount_gte: 'big' }, { searchFields: [], custom: { amount_gte: (r, v) => v === 'big' && (r.amount ?? 0) >= 50 } });
        expect(rows.filter(predicate).map(r => r.id)).toEqual(['b']);
    });
});

describe('sortRecords', () => {
    it('puts null, missing and empty values last in both directions', () => {
        expect(sortRecords(rows, { field: 'amount', order: 'ASC' }).map(r => r.id)).toEqual(['a', 'd', 'b', 'c']);
        expect(sortRecords(rows, { field: 'amount', order: 'DESC' }).map(r => r.id)).toEqual(['b', 'd', 'a', 'c']);
        expect(sortRecords(rows, { field: 'name', order: 'ASC' }).map(r => r.id)).toEqual(['a', 'b', 'd', 'c']);
        expect(sortRecords(rows, { field: 'name', order: 'DESC' }).map(r => r.id)).toEqual(['d', 'b', 'a', 'c']);
        expect(sortRecords(rows, { field: 'at', order: 'DESC' }).map(r => r.id)).toEqual(['a', 'b', 'd', 'c']);
    });

    it('is stable for equal keys and leaves the input alone without a sort', () => {
        const same = [{ id: '1', k: 1 }, { id: '2', k: 1 }, { id: '3', k: 0 }];
        expect(sortRecords(same, { field: 'k', order: 'ASC' }).map(r => r.id)).toEqual(['3', '1', '2']);
        expect(sortRecords(same, { field: 'k', order: 'DESC' }).map(r => r.id)).toEqual(['1', '2', '3']);
        expect(sortRecords(same, null)).toBe(same);
    });

    it('sorts text case-insensitively at first and numbers numerically', () => {
        const names = [{ id: '1', n: 'b' }, { id: '2', n: 'B' }, { id: '3', n: 'a' }, { id: '4', n: 'C' }];
        expect(sortRecords(names, { field: 'n', order: 'ASC' }).map(r => r.n)).toEqual(['a', 'b', 'B', 'C']);
        const nums = [{ id: '1', v: 9 }, { id: '2', v: 10 }, { id: '3', v: 100 }];
        expect(sortRecords(nums, { field: 'v', order: 'ASC' }).map(r => r.v)).toEqual([9, 10, 100]);
    });
});

describe('parseListParams', () => {
    it('reads the simple-rest parameters', () => {
        const p = parseListParams(new URLSearchParams({ sort: '["at","DESC"]', range: '[0,24]', filter: '{"status":"active"}' }));
        expect(p).toEqual({ sort: { field: 'at', order: 'DESC' }, range: [0, 24], filter: { status: 'active' } });
        expect(parseListParams(new URLSearchParams())).toEqual({ sort: null, range: null, filter: {} });
    });
});
