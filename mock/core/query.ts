// ra-data-simple-rest's list dialect: sort=["field","ASC"], range=[0,24], filter={...}.
// Malformed parameters are a 400 that says which parameter and what shape it must have.
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

/** Reads a dotted path ("decision.outcome"). */
export const getPath = (record: unknown, path: string): unknown => {
    if (!path.includes('.')) return (record as Record<string, unknown> | null)?.[path];
    let value: unknown = record;
    for (const part of path.split('.')) {
        if (value === null || value === undefined) return undefined;
        value = (value as Record<string, unknown>)[part];
    }
    return value;
};

const normalise = (value: unknown): string => String(value ?? '').toLowerCase();

export type CustomFilter<T> = (record: T, value: unknown) => boolean;

export interface FilterOptions<T> {
    searchFields: string[];
    custom: Record<string, CustomFilter<T>>;
}

/** Builds one predicate from a simple-rest filter object. */
export const buildPredicate = <T>(filter: Record<string, unknown>, options: FilterOptions<T>): ((record: T) => boolean) => {
    const tests: Array<(record: T) => boolean> = [];
    for (const [key, value] of Object.entries(filter)) {
        if (value === undefined || value === '' || value === null) continue;
        const custom = options.custom[key];
        if (custom) {
            tests.push(r => custom(r, value));
        } else if (key === 'q') {
            const terms = normalise(value).split(/\s+/).filter(Boolean);
            tests.push(r => {
                const haystack = options.searchFields.map(f => normalise(getPath(r, f))).join('\u0000');
                return terms.every(t => haystack.includes(t));
            });
        } else if (key.endsWith('_gte')) {
            const field = key.slice(0, -4);
            tests.push(r => {
                const v = getPath(r, field);
                return v !== null && v !== undefined && (v as number | string) >= (value as number | string);
            });
        } else if (key.endsWith('_lte')) {
            const field = key.slice(0, -4);
            tests.push(r => {
                const v = getPath(r, field);
                // A date-only bound includes the whole day of a timestamp.
                const bound = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}\uffff` : value;
                return v !== null && v !== undefined && (v as number | string) <= (bound as number | string);
            });
        } else if (key.endsWith('_q')) {
            const field = key.slice(0, -2);
            const needle = normalise(value);
            tests.push(r => normalise(getPath(r, field)).includes(needle));
        } else if (Array.isArray(value)) {
            const wanted = new Set(value.map(v => String(v)));
            tests.push(r => {
                const v = getPath(r, key);
                return Array.isArray(v) ? v.some(x => wanted.has(String(x))) : wanted.has(String(v));
            });
        } else {
            tests.push(r => {
                const v = getPath(r, key);
                if (Array.isArray(v)) return v.map(String).includes(String(value));
                if (typeof value === 'boolean') return Boolean(v) === value;
                return String(v) === String(value);
            });
        }
    }
    return record => tests.every(t => t(record));
};

const compareValues = (a: unknown, b: unknown): number => {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1; // empty values last
    if (b === null || b === undefined) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    return String(a).localeCompare(String(b), 'en');
};

export const sortRecords = <T>(records: T[], sort: ListParams['sort']): T[] => {
    if (!sort) return records;
    const dir = sort.order === 'ASC' ? 1 : -1;
    const field = sort.field;
    // Precompute keys: sorting 20,000 records calls the comparator ~300,000 times.
    const keyed = records.map(r => ({ r, k: getPath(r, field) }));
    keyed.sort((x, y) => {
        const c = compareValues(x.k, y.k);
        if (x.k === null || x.k === undefined || y.k === null || y.k === undefined) return c;
        return c * dir;
    });
    return keyed.map(x => x.r);
};
