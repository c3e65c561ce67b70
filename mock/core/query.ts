// ra-data-simple-rest's list dialect: sort=["field","ASC"], range=[0,24], filter={...}.
// Malformed parameters are a 400 that says which parameter and what shape it must have.
import { chinaDate } from '../../src/domain/dates';
import { badRequest } from './errors';

export interface ListParams {
    sort: { field: string; order: 'ASC' | 'DESC' } | null;
    range: [number, number] | null;
    filter: Record<string, unknown>;
}

const parseJson = (name: string, raw: string, shape: string): unknown => {
    try {
        return JSON.parse(raw);
    } catch {
        throw badRequest(`The "${name}" parameter is not valid JSON; expected ${shape}.`, { [name]: `Expected ${shape}` });
    }
};

export const parseListParams = (search: URLSearchParams): ListParams => {
    let sort: ListParams['sort'] = null;
    const rawSort = search.get('sort');
    if (rawSort !== null) {
        const value = parseJson('sort', rawSort, '["field","ASC"|"DESC"]');
        if (
            !Array.isArray(value) ||
            value.length !== 2 ||
            typeof value[0] !== 'string' ||
            !/^[A-Za-z0-9_.]+$/.test(value[0]) ||
            (value[1] !== 'ASC' && value[1] !== 'DESC')
        )
            throw badRequest('The "sort" parameter must be ["field","ASC"] or ["field","DESC"].', { sort: 'Expected ["field","ASC"|"DESC"]' });
        sort = { field: value[0], order: value[1] };
    }
    let range: ListParams['range'] = null;
    const rawRange = search.get('range');
    if (rawRange !== null) {
        const value = parseJson('range', rawRange, '[start,end]');
        if (
            !Array.isArray(value) ||
            value.length !== 2 ||
            !value.every(n => Number.isInteger(n) && n >= 0) ||
            value[1] < value[0] ||
            value[1] - value[0] > 10_000
        )
            throw badRequest('The "range" parameter must be [start,end] with 0 ≤ start ≤ end and at most 10,000 rows.', { range: 'Expected [start,end]' });
        range = [value[0], value[1]];
    }
    let filter: Record<string, unknown> = {};
    const rawFilter = search.get('filter');
    if (rawFilter !== null) {
        const value = parseJson('filter', rawFilter, 'a JSON object');
        if (!value || typeof value !== 'object' || Array.isArray(value))
            throw badRequest('The "filter" parameter must be a JSON object, e.g. {"status":"active"}.', { filter: 'Expected a JSON object' });
        filter = value as Record<string, unknown>;
    }
    return { sort, range, filter };
};

/**
 * Reads a dotted path ("decision.outcome"). Through an array it collects the field of every
 * element ("decisions.kind" -> ["approve", "reject"]), so filters and `q` reach nested lists.
 */
export const getPath = (record: unknown, path: string): unknown => {
    if (!path.includes('.')) return (record as Record<string, unknown> | null)?.[path];
    let value: unknown = record;
    for (const part of path.split('.')) {
        if (value === null || value === undefined) return undefined;
        if (Array.isArray(value) && !/^\d+$/.test(part)) {
            value = value.flatMap(item => {
                const v = item === null || item === undefined ? undefined : (item as Record<string, unknown>)[part];
                return v === undefined || v === null ? [] : v;
            });
        } else value = (value as Record<string, unknown>)[part];
    }
    return value;
};

/** Searchable text of a value: arrays joined, objects ignored (never "[object Object]"). */
const text = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map(text).join(' ');
    if (typeof value === 'object') return '';
    return String(value);
};

const normalise = (value: unknown): string => text(value).toLowerCase();

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Compares a record's value with a `_gte`/`_lte` bound: < 0, 0, > 0, or null when they cannot be
 * compared (missing value). A date-only bound against a timestamp compares the timestamp's China
 * date, so "from 2026-11-01" includes 00:30 on Nov 1 in Beijing (16:30 UTC on Oct 31) and "until
 * 2026-11-01" excludes 00:30 on Nov 2 (16:30 UTC on Nov 1). Two timestamps compare as instants
 * whatever their offsets; numbers compare as numbers even when the bound arrives as a string.
 */
const compareToBound = (value: unknown, bound: unknown): number | null => {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { amount?: unknown }).amount === 'number')
        value = (value as { amount: number }).amount; // Money: compare minor units
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number') {
        const b = typeof bound === 'number' ? bound : typeof bound === 'string' && bound.trim() !== '' ? Number(bound) : Number.NaN;
        return Number.isNaN(b) ? null : value - b;
    }
    if (typeof value === 'boolean' || typeof bound === 'boolean') return null;
    const v = String(value);
    const b = String(bound);
    if (DATE_TIME.test(v) && DATE_ONLY.test(b)) {
        const ms = Date.parse(v);
        if (!Number.isNaN(ms)) return order(chinaDate(new Date(ms)), b);
    }
    if (DATE_ONLY.test(v) && DATE_TIME.test(b)) {
        const ms = Date.parse(b);
        if (!Number.isNaN(ms)) return order(v, chinaDate(new Date(ms)));
    }
    if (DATE_TIME.test(v) && DATE_TIME.test(b)) {
        const a = Date.parse(v);
        const c = Date.parse(b);
        if (!Number.isNaN(a) && !Number.isNaN(c)) return a - c;
    }
    return order(v, b);
};

const assertBound = (key: string, value: unknown) => {
    if (typeof value !== 'number' && typeof value !== 'string')
        throw badRequest(`The filter "${key}" must be a number or a date, not ${Array.isArray(value) ? 'a list' : typeof value}.`, {
            filter: `${key}: expected a number or a date`,
        });
};

export type CustomFilter<T> = (record: T, value: unknown) => boolean;

export interface FilterOptions<T> {
    searchFields: string[];
    custom: Record<string, CustomFilter<T>>;
    /** searchText(record, searchFields), possibly cached (mock/core/listQuery.ts). */
    searchTextOf?: (record: T) => string;
    /** The reader of a field (default getPath); listQuery reads derived fields through resolvers. */
    reader?: (path: string) => (record: T) => unknown;
}

/** What `q` searches in a record: its search fields, lower-cased, NUL-separated. */
export const searchText = (record: unknown, searchFields: string[]): string => searchFields.map(f => normalise(getPath(record, f))).join('\u0000');

const getPathOf = (record: unknown, path: string): unknown => getPath(record, path);

/** Builds one predicate from a simple-rest filter object. */
export const buildPredicate = <T>(filter: Record<string, unknown>, options: FilterOptions<T>): ((record: T) => boolean) => {
    const tests: Array<(record: T) => boolean> = [];
    // Each field's reader is chosen once, not per record (20,000 records per list).
    const readers = new Map<string, (record: T) => unknown>();
    const readerOf = (path: string) => {
        let read = readers.get(path);
        if (!read) readers.set(path, (read = options.reader?.(path) ?? ((r: T) => getPathOf(r, path))));
        return read;
    };
    const getPath = (record: T, path: string) => readerOf(path)(record);
    for (const [key, value] of Object.entries(filter)) {
        if (value === undefined || value === '' || value === null) continue;
        const custom = options.custom[key];
        if (custom) {
            tests.push(r => custom(r, value));
        } else if (key === 'q') {
            const terms = normalise(value).split(/\s+/).filter(Boolean);
            const haystackOf = options.searchTextOf ?? ((r: T) => searchText(r, options.searchFields));
            tests.push(r => {
                const haystack = haystackOf(r);
                return terms.every(t => haystack.includes(t));
            });
        } else if (key.endsWith('_gte')) {
            const field = key.slice(0, -4);
            assertBound(key, value);
            tests.push(r => {
                const c = compareToBound(getPath(r, field), value);
                return c !== null && c >= 0;
            });
        } else if (key.endsWith('_lte')) {
            const field = key.slice(0, -4);
            assertBound(key, value);
            tests.push(r => {
                const c = compareToBound(getPath(r, field), value);
                return c !== null && c <= 0;
            });
        } else if (key.endsWith('_q')) {
            const field = key.slice(0, -2);
            const needle = normalise(value);
            tests.push(r => normalise(getPath(r, field)).includes(needle));
        } else if (Array.isArray(value)) {
            const wanted = new Set(value.map(v => String(v)));
            const read = readerOf(key);
            tests.push(r => {
                const v = read(r);
                return Array.isArray(v) ? v.some(x => wanted.has(String(x))) : wanted.has(String(v));
            });
        } else {
            const wanted = String(value);
            const read = readerOf(key);
            tests.push(r => {
                const v = read(r);
                if (Array.isArray(v)) return v.map(String).includes(wanted);
                if (typeof value === 'boolean') return Boolean(v) === value;
                return (typeof v === 'string' ? v : String(v)) === wanted;
            });
        }
    }
    if (tests.length === 1) return tests[0];
    return record => tests.every(t => t(record));
};

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';
/** One collator for every comparison: same order as localeCompare(…, 'en'), much faster on 20,000 rows. */
const collator = new Intl.Collator('en');

const compareValues = (a: unknown, b: unknown): number => {
    if (a === b) return 0;
    if (isEmpty(a)) return isEmpty(b) ? 0 : 1; // empty values last
    if (isEmpty(b)) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    return collator.compare(text(a), text(b));
};

/**
 * The sort order of two keys: empty values (null, missing, '') last in both directions, else
 * numbers, booleans, then text by the collator, reversed for DESC. 0 for keys that tie.
 */
export const compareSortKeys = (a: unknown, b: unknown, order: 'ASC' | 'DESC'): number => {
    const c = compareValues(a, b);
    if (isEmpty(a) || isEmpty(b)) return c;
    return order === 'ASC' ? c : -c;
};

/** Sorts by one field; empty values (null, missing, '') come last in both directions. Stable. */
export const sortRecords = <T>(records: T[], sort: ListParams['sort'], read: (record: T, path: string) => unknown = getPath): T[] => {
    if (!sort) return records;
    const field = sort.field;
    const order = sort.order;
    // Precompute keys: sorting 20,000 records calls the comparator ~300,000 times.
    const keyed = records.map(r => ({ r, k: read(r, field) }));
    keyed.sort((x, y) => compareSortKeys(x.k, y.k, order));
    return keyed.map(x => x.r);
};
