// Calendar dates are 'YYYY-MM-DD' strings in the platform's time zone (China, UTC+8, no DST).
// Arithmetic is done on UTC midnights so the host's time zone never shifts a date.
export type IsoDate = string;
export type IsoDateTime = string;

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export const isIsoDate = (value: unknown): value is IsoDate =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    toDayNumber(value) !== null;

// Memoised (issue 8): the large seed converts ~200,000 dates, most of them the same few
// thousand days. Pure functions of their argument, so a cache never changes an answer.
const MEMO_LIMIT = 20_000;
const memo = <K, V>(fn: (key: K) => V): ((key: K) => V) => {
    const cache = new Map<K, V>();
    return key => {
        let value = cache.get(key);
        if (value === undefined && !cache.has(key)) {
            if (cache.size >= MEMO_LIMIT) cache.clear();
            value = fn(key);
            cache.set(key, value);
        }
        return value as V;
    };
};

const toDayNumber = memo((date: IsoDate): number | null => {
    const [y, m, d] = date.split('-').map(Number);
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
    return ms / DAY_MS;
});

const dayNumber = (date: IsoDate): number => {
    const n = toDayNumber(date);
    if (n === null) throw new RangeError(`Not a calendar date: ${date}`);
    return n;
};

const fromDayNumber = memo((n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10));

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);

/** Whole days from a to b (b - a). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (date: IsoDate): number => new Date(dayNumber(date) * DAY_MS).getUTCDay();

/** The China calendar date of an instant. */
export const chinaDate = (instant: IsoDateTime | Date | number): IsoDate => {
    const ms = typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();
    // Same as new Date(ms + offset).toISOString().slice(0, 10), through the memoised day formatter.
    return fromDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS));
};

export const addMonths = (date: IsoDate, months: number): IsoDate => {
    dayNumber(date); // throws on a date that does not exist, like the other date functions
    if (!Number.isSafeInteger(months)) throw new RangeError(`Months must be a whole number, got ${months}`);
    const [y, m, d] = date.split('-').map(Number);
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, lastDay));
    return target.toISOString().slice(0, 10);
};

export const addYears = (date: IsoDate, years: number): IsoDate => addMonths(date, years * 12);

export const addHours = (instant: IsoDateTime, hours: number): IsoDateTime =>
    new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
