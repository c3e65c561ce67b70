// The before/after diff of an audit entry (R-PRV-2): only the leaves that changed, with their
// dotted paths ("standardDeposit.CNY", "calendar.2026.holidays.3").
export interface Change {
    path: string;
    kind: 'added' | 'removed' | 'changed';
    before: unknown;
    after: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => Array.isArray(v) || isPlainObject(v);

const keysOf = (v: Record<string, unknown> | unknown[]) => (Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v));
const at = (v: unknown, key: string) => (Array.isArray(v) ? v[Number(key)] : (v as Record<string, unknown>)[key]);

export const diffValues = (before: unknown, after: unknown, path = ''): Change[] => {
    if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
        const keys = [...new Set([...keysOf(before), ...keysOf(after)])];
        return keys.flatMap(key => {
            const b = at(before, key);
            const a = at(after, key);
            const hasB = Array.isArray(before) ? Number(key) < before.length : key in before;
            const hasA = Array.isArray(after) ? Number(key) < after.length : key in after;
            const sub = path ? `${path}.${key}` : key;
            if (hasB && !hasA) return leaves(b, sub, 'removed');
            if (!hasB && hasA) return leaves(a, sub, 'added');
            return diffValues(b, a, sub);
        });
    }
    if (before === undefined && after === undefined) return [];
    if (before === undefined || before === null) {
        if (after === undefined || after === null) return before === after ? [] : [{ path, kind: 'changed', before, after }];
        return isContainer(after) ? leaves(after, path, 'added') : [{ path, kind: 'added', before: undefined, after }];
    }
    if (after === undefined || after === null) return isContainer(before) ? leaves(before, path, 'removed') : [{ path, kind: 'removed', before, after: undefined }];
    if (isContainer(before) || isContainer(after)) return [{ path, kind: 'changed', before, after }];
    return Object.is(before, after) ? [] : [{ path, kind: 'changed', before, after }];
};

/** Every leaf of a value, as added or removed. */
const leaves = (value: unknown, path: string, kind: 'added' | 'removed'): Change[] => {
    if (isContainer(value) && keysOf(value).length)
        return keysOf(value).flatMap(key => leaves(at(value, key), path ? `${path}.${key}` : key, kind));
    return [{ path, kind, before: kind === 'removed' ? value : undefined, after: kind === 'added' ? value : undefined }];
};

/** A value as short readable text for the diff table and the CSV. */
export const showValue = (value: unknown): string => {
    if (value === undefined) return '';
    if (value === null) return 'null';
    if (typeof value === 'string') return value;
    return JSON.stringify(value);
};

/** One line per change: "path: before → after". */
export const summarise = (changes: Change[]): string => changes.map(c => `${c.path || '(value)'}: ${showValue(c.before)} → ${showValue(c.after)}`).join('; ');
