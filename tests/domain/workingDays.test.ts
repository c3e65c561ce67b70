import { describe, expect, it } from 'vitest';
import { weekday } from '../../src/domain/dates';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { addWorkingDays, calendarCovers, CHINA_CALENDAR, isWorkingDay, workingDaysBetween, type WorkingCalendar } from '../../src/domain/workingDays';

// Every working-day clock (R-REG-10, R-REG-12) runs on the calendar held in the settings.
const cal = DEFAULT_SETTINGS.calendar;

describe('the settings calendar matches RULES.md "Working days in China"', () => {
    it('holds the State Council schedules for 2025 and 2026', () => {
        expect(cal).toBe(CHINA_CALENDAR);
        expect(CHINA_CALENDAR['2025'].makeUpWorkingDays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
        expect(CHINA_CALENDAR['2026'].makeUpWorkingDays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
        // 1 + 8 + 3 + 5 + 3 + 8 days off in 2025; 3 + 9 + 3 + 5 + 3 + 3 + 7 in 2026.
        expect(CHINA_CALENDAR['2025'].holidays).toHaveLength(28);
        expect(CHINA_CALENDAR['2026'].holidays).toHaveLength(33);
        expect(CHINA_CALENDAR['2026'].holidays).toContain('2026-02-15');
        expect(CHINA_CALENDAR['2026'].holidays).toContain('2026-02-23');
        expect(CHINA_CALENDAR['2026'].holidays).not.toContain('2026-02-24');
        // Make-up days are weekend days.
        for (const year of Object.values(CHINA_CALENDAR)) for (const d of year.makeUpWorkingDays) expect([0, 6], d).toContain(weekday(d));
    });
});

describe('isWorkingDay over the settings calendar', () => {
    it('Spring Festival 2026: Feb 15 to 23 off, Saturdays Feb 14 and Feb 28 are make-up working days', () => {
        expect(isWorkingDay('2026-02-13', cal)).toBe(true); // Friday
        expect(isWorkingDay('2026-02-14', cal)).toBe(true); // Saturday, make-up
        for (let d = 15; d <= 23; d++) expect(isWorkingDay(`2026-02-${d}`, cal), `Feb ${d}`).toBe(false);
        expect(isWorkingDay('2026-02-24', cal)).toBe(true); // Tuesday
        expect(isWorkingDay('2026-02-28', cal)).toBe(true); // Saturday, make-up
        expect(isWorkingDay('2026-03-01', cal)).toBe(false); // ordinary Sunday
        expect(isWorkingDay('2026-03-07', cal)).toBe(false); // ordinary Saturday
    });

    it('National Day 2025: Oct 1 to 8 off, Sunday Sep 28 and Saturday Oct 11 worked', () => {
        expect(weekday('2025-09-28')).toBe(0);
        expect(weekday('2025-10-11')).toBe(6);
        expect(isWorkingDay('2025-09-27', cal)).toBe(false);
        expect(isWorkingDay('2025-09-28', cal)).toBe(true);
        for (let d = 1; d <= 8; d++) expect(isWorkingDay(`2025-10-0${d}`, cal), `Oct ${d}`).toBe(false);
        expect(isWorkingDay('2025-10-09', cal)).toBe(true);
        expect(isWorkingDay('2025-10-11', cal)).toBe(true);
        expect(isWorkingDay('2025-10-12', cal)).toBe(false);
    });

    it('outside the calendar only weekends are days off (and the calendar says it does not cover the year)', () => {
        expect(calendarCovers('2027-01-01', cal)).toBe(false);
        expect(calendarCovers('2026-12-31', cal)).toBe(true);
        expect(weekday('2027-01-01')).toBe(5);
        expect(isWorkingDay('2027-01-01', cal)).toBe(true); // Friday: no 2027 schedule yet
        expect(isWorkingDay('2027-01-02', cal)).toBe(false);
        expect(isWorkingDay('2027-01-03', cal)).toBe(false);
        expect(isWorkingDay('2024-10-01', cal)).toBe(true); // Tuesday in a year without a schedule
    });

    it('follows a calendar the supervisor extends with a new year', () => {
        const extended: WorkingCalendar = { ...cal, '2027': { holidays: ['2027-01-01'], makeUpWorkingDays: ['2027-01-02'] } };
        expect(isWorkingDay('2027-01-01', extended)).toBe(false);
        expect(isWorkingDay('2027-01-02', extended)).toBe(true);
        expect(calendarCovers('2027-06-01', extended)).toBe(true);
        // The original calendar object is unchanged.
        expect(isWorkingDay('2027-01-01', cal)).toBe(true);
    });
});

describe('addWorkingDays', () => {
    it('counts the make-up Saturday and skips the Spring Festival 2026 holiday', () => {
        expect(addWorkingDays('2026-02-13', 0, cal)).toBe('2026-02-13');
        expect(addWorkingDays('2026-02-13', 1, cal)).toBe('2026-02-14');
        expect(addWorkingDays('2026-02-13', 2, cal)).toBe('2026-02-24');
        expect(addWorkingDays('2026-02-14', 1, cal)).toBe('2026-02-24');
        expect(addWorkingDays('2026-02-27', 1, cal)).toBe('2026-02-28');
        expect(addWorkingDays('2026-02-27', 2, cal)).toBe('2026-03-02');
    });

    it('R-REG-12 a 15-working-day clock started on 2026-02-10 ends on 2026-03-09', () => {
        // Feb 11, 12, 13, 14 (make-up), 24, 25, 26, 27, 28 (make-up), Mar 2, 3, 4, 5, 6, 9.
        expect(addWorkingDays('2026-02-10', 15, cal)).toBe('2026-03-09');
    });

    it('R-REG-10 a 3-working-day change report window over National Day 2025', () => {
        // Change on Tuesday Sep 30: Oct 9, Oct 10, Oct 11 (make-up Saturday).
        expect(addWorkingDays('2025-09-30', 3, cal)).toBe('2025-10-11');
        expect(addWorkingDays('2025-09-30', 4, cal)).toBe('2025-10-13');
        expect(addWorkingDays('2025-09-26', 1, cal)).toBe('2025-09-28');
    });

    it('counts back with a negative number of working days', () => {
        expect(addWorkingDays('2026-02-24', -1, cal)).toBe('2026-02-14');
        expect(addWorkingDays('2026-02-24', -2, cal)).toBe('2026-02-13');
        expect(addWorkingDays('2025-10-09', -1, cal)).toBe('2025-09-30');
    });

    it('uses weekends only beyond the calendar', () => {
        expect(addWorkingDays('2027-01-01', 1, cal)).toBe('2027-01-04');
        expect(addWorkingDays('2026-12-31', 2, cal)).toBe('2027-01-04');
    });

    it('refuses a fractional number of working days', () => {
        expect(() => addWorkingDays('2026-02-13', 1.5, cal)).toThrow(RangeError);
    });
});

describe('workingDaysBetween', () => {
    it('counts working days after from, up to and including to', () => {
        expect(workingDaysBetween('2026-02-13', '2026-02-13', cal)).toBe(0);
        expect(workingDaysBetween('2026-02-13', '2026-02-24', cal)).toBe(2);
        expect(workingDaysBetween('2026-02-23', '2026-03-02', cal)).toBe(6); // Feb 24-28 incl. make-up, Mar 2
        expect(workingDaysBetween('2025-09-26', '2025-10-13', cal)).toBe(7); // Sep 28, 29, 30, Oct 9, 10, 11, 13
    });

    it('is negative when to is before from (an overdue clock)', () => {
        expect(workingDaysBetween('2026-02-24', '2026-02-13', cal)).toBe(-2);
        expect(workingDaysBetween('2025-10-13', '2025-09-26', cal)).toBe(-7);
    });

    it('is the inverse of addWorkingDays', () => {
        for (const [start, n] of [['2026-02-10', 15], ['2025-09-30', 4], ['2026-09-18', 10], ['2026-12-28', 5]] as const) {
            expect(workingDaysBetween(start, addWorkingDays(start, n, cal), cal)).toBe(n);
        }
    });

    it('uses weekends only beyond the calendar', () => {
        // Fri 2027-01-01 to Fri 2027-01-08: Jan 4, 5, 6, 7, 8.
        expect(workingDaysBetween('2027-01-01', '2027-01-08', cal)).toBe(5);
    });
});
