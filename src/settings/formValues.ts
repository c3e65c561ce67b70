// The Settings form keeps money as major-unit text ("10000.00") and each calendar list as
// text (one date per line), under the same paths as the API record, so a 422 error for
// "standardDeposit.CNY" or "calendar.2026.holidays" lands beside the field that caused it.
// Conversion back to minor units is exact (parseMajor: no float arithmetic, R-DEP-14).
import { parseMajor, toMajorString, validateSettings, CURRENCIES, type Settings } from '../domain';

export const MONEY_PATHS = [
    ...CURRENCIES.map(c => `standardDeposit.${c}`),
    ...CURRENCIES.map(c => `deductionApprovalThreshold.${c}`),
    'briberyLiquidatedDamages',
] as const;

type Tree = Record<string, unknown>;

const getAt = (tree: Tree, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Tree | undefined)?.[k], tree);
const setAt = (tree: Tree, path: string, value: unknown) => {
    const keys = path.split('.');
    let node = tree;
    for (const key of keys.slice(0, -1)) {
        if (!node[key] || typeof node[key] !== 'object') node[key] = {};
        node = node[key] as Tree;
    }
    node[keys[keys.length - 1]] = value;
};

export interface CalendarText {
    holidays: string;
    makeUpWorkingDays: string;
}
export type SettingsFormValues = Tree;

const listToText = (list: unknown) => (Array.isArray(list) ? list.join('\n') : '');
const textToList = (text: unknown) =>
    String(text ?? '')
        .split(/[\s,，;；]+/)
        .map(s => s.trim())
        .filter(Boolean);

/** API record (minor units, date arrays) → form values (major-unit text, date text). */
export const toFormValues = (settings: Settings): SettingsFormValues => {
    const values = structuredClone(settings) as unknown as Tree;
    for (const path of MONEY_PATHS) {
        const amount = getAt(values, path);
        if (typeof amount === 'number') setAt(values, path, toMajorString(amount));
    }
    const calendar: Record<string, CalendarText> = {};
    for (const [year, def] of Object.entries(settings.calendar ?? {}))
        calendar[year] = { holidays: listToText(def.holidays), makeUpWorkingDays: listToText(def.makeUpWorkingDays) };
    values.calendar = calendar;
    return values;
};

export interface Converted {
    settings: Partial<Settings>;
    /** Fields whose text could not be read (e.g. money with 3 decimals), keyed by path. */
    unreadable: Record<string, string>;
}

/** Form values → the API record. Unreadable money text is reported, never rounded. */
export const fromFormValues = (values: SettingsFormValues): Converted => {
    const out = structuredClone(values) as Tree;
    const unreadable: Record<string, string> = {};
    for (const path of MONEY_PATHS) {
        const text = getAt(values, path);
        const minor = typeof text === 'number' ? null : parseMajor(String(text ?? ''));
        if (minor === null) unreadable[path] = 'money';
        setAt(out, path, minor ?? Number.NaN);
    }
    const calendar: Record<string, { holidays: string[]; makeUpWorkingDays: string[] }> = {};
    for (const [year, def] of Object.entries((values.calendar ?? {}) as Record<string, CalendarText>))
        calendar[year] = { holidays: textToList(def?.holidays), makeUpWorkingDays: textToList(def?.makeUpWorkingDays) };
    out.calendar = calendar;
    if (Array.isArray(out.blockList))
        out.blockList = (out.blockList as Tree[]).map(e => ({ uscc: String(e?.uscc ?? '').trim().toUpperCase(), name: String(e?.name ?? '').trim(), reason: String(e?.reason ?? '').trim() }));
    return { settings: out as unknown as Partial<Settings>, unreadable };
};

/** Flat "a.b.c" error keys → the nested object react-admin's form validation expects. */
export const nestErrors = (flat: Record<string, string>): Tree => {
    const out: Tree = {};
    for (const [path, message] of Object.entries(flat)) setAt(out, path, message);
    return out;
};

/**
 * The same validateSettings the mock API runs (src/domain/settings.ts), on the converted
 * values; returns flat path → English message (translated for display by the form).
 */
export const validateFormValues = (values: SettingsFormValues): Record<string, string> => {
    const { settings, unreadable } = fromFormValues(values);
    const errors = validateSettings(settings);
    for (const path of Object.keys(unreadable)) errors[path] = 'Enter an amount such as 10000 or 10000.50 (at most two decimals)';
    return errors;
};
