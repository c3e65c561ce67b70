// Working days in China: Monday to Friday, minus public holidays, plus make-up working days
// (RULES.md "Working days in China"). Used by every working-day clock (R-REG-10, R-REG-12).
import { addDays, daysBetween, weekday, type IsoDate } from './dates';

export interface YearCalendar {
    /** Days off, including weekdays that are public holidays. */
    holidays: IsoDate[];
    /** Weekend days declared working days. */
    makeUpWorkingDays: IsoDate[];
}

export type WorkingCalendar = Record<string, YearCalendar>;

const expand = (from: IsoDate, to: IsoDate): IsoDate[] => {
    const out: IsoDate[] = [];
    for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, 1)) out.push(d);
    return out;
};

/** State Council notices of 2024-11-12 (for 2025) and 2025-11-04 (for 2026). */
export const CHINA_CALENDAR: WorkingCalendar = {
    '2025': {
        holidays: [
            '2025-01-01',
            ...expand('2025-01-28', '2025-02-04'),
            ...expand('2025-04-04', '2025-04-06'),
            ...expand('2025-05-01', '2025-05-05'),
            ...expand('2025-05-31', '2025-06-02'),
            ...expand('2025-10-01', '2025-10-08'),
        ],
        makeUpWorkingDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    '2026': {
        holidays: [
            ...expand('2026-01-01', '2026-01-03'),
            ...expand('2026-02-15', '2026-02-23'),
            ...expand('2026-04-04', '2026-04-06'),
            ...expand('2026-05-01', '2026-05-05'),
            ...expand('2026-06-19', '2026-06-21'),
            ...expand('2026-09-25', '2026-09-27'),
            ...expand('2026-10-01', '2026-10-07'),
        ],
        makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
};

export interface WorkingDayIndex {
    isWorkingDay(date: IsoDate): boolean;
}

const indexCache = new WeakMap<WorkingCalendar, { holidays: Set<string>; makeUp: Set<string> }>();

const indexOf = (calendar: WorkingCalendar) => {
    let idx = indexCache.get(calendar);
    if (!idx) {
        idx = { holidays: new Set(), makeUp: new Set() };
        for (const year of Object.values(calendar)) {
            year.holidays.forEach(d => idx!.holidays.add(d));
            year.makeUpWorkingDays.forEach(d => idx!.makeUp.add(d));
        }
        indexCache.set(calendar, idx);
    }
    return idx;
};

export const isWorkingDay = (date: IsoDate, calendar: WorkingCalendar): boolean => {
    const { holidays, makeUp } = indexOf(calendar);
    if (makeUp.has(date)) return true;
    if (holidays.has(date)) return false;
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
};

/**
 * The date that is `n` working days after `start` (start itself not counted).
 * With n = 0, returns start; a negative n counts back (the n-th working day before start).
 */
export const addWorkingDays = (start: IsoDate, n: number, calendar: WorkingCalendar): IsoDate => {
    if (!Number.isSafeInteger(n)) throw new RangeError(`Working days must be a whole number, got ${n}`);
    // Memoised per calendar (issue 8): review and activation clocks of 20,000 merchants ask the
    // same few thousand (start, n) pairs; like indexOf, this treats a calendar as immutable.
    let memo = addMemo.get(calendar);
    if (!memo) addMemo.set(calendar, (memo = new Map()));
    const key = `${start}|${n}`;
    let date = memo.get(key);
    if (date === undefined) {
        if (memo.size >= 50_000) memo.clear();
        date = countWorkingDays(start, n, calendar);
        memo.set(key, date);
    }
    return date;
};

const addMemo = new WeakMap<WorkingCalendar, Map<string, IsoDate>>();

const countWorkingDays = (start: IsoDate, n: number, calendar: WorkingCalendar): IsoDate => {
    const step = n < 0 ? -1 : 1;
    let date = start;
    let left = Math.abs(n);
    while (left > 0) {
        date = addDays(date, step);
        if (isWorkingDay(date, calendar)) left--;
    }
    return date;
};

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`.
 * "Days left" on a clock is workingDaysBetween(today, due).
 */
export const workingDaysBetween = (from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number => {
    const span = daysBetween(from, to);
    if (span < 0) return -workingDaysBetween(to, from, calendar);
    let count = 0;
    // Count by span, not by comparing strings, so an unpadded date ("2026-2-1") cannot loop forever.
    for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(from, i), calendar)) count++;
    return count;
};

/** Years covered by the calendar; a clock beyond them is computed on weekends only and flagged. */
export const calendarCovers = (date: IsoDate, calendar: WorkingCalendar): boolean => date.slice(0, 4) in calendar;
