import { describe, expect, it } from 'vitest';
import { addDays, addHours, addMonths, addYears, chinaDate, daysBetween, isIsoDate, weekday } from '../../src/domain/dates';

describe('dates in China time (UTC+8)', () => {
    it('chinaDate turns over at 16:00 UTC, not at UTC midnight', () => {
        expect(chinaDate('2026-11-19T15:59:59.999Z')).toBe('2026-11-19');
        expect(chinaDate('2026-11-19T16:00:00.000Z')).toBe('2026-11-20');
        expect(chinaDate('2026-11-19T23:59:59.999Z')).toBe('2026-11-20');
        expect(chinaDate('2026-11-20T00:00:00.000Z')).toBe('2026-11-20');
        expect(chinaDate('2026-11-20T00:30:00+08:00')).toBe('2026-11-20');
        expect(chinaDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
        // The seed anchor: Friday 2026-11-20 09:00 in China.
        expect(chinaDate('2026-11-20T01:00:00.000Z')).toBe('2026-11-20');
    });

    it('addMonths clamps to the end of a shorter month', () => {
        expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
        expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
        expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
        expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
        expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
        expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
        expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
        expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
        expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    });

    it('addMonths refuses a date that does not exist or a fractional number of months', () => {
        expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
        expect(() => addMonths('2026-01-31', 1.5)).toThrow(RangeError);
    });

    it('adds and counts calendar days across month, year and leap-day boundaries', () => {
        expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
        expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
        expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
        expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
        expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
        expect(weekday('2026-11-20')).toBe(5);
        expect(addHours('2026-11-20T01:00:00.000Z', 24)).toBe('2026-11-21T01:00:00.000Z');
    });

    it('isIsoDate accepts only existing YYYY-MM-DD dates', () => {
        expect(isIsoDate('2026-02-28')).toBe(true);
        expect(isIsoDate('2024-02-29')).toBe(true);
        expect(isIsoDate('2026-02-29')).toBe(false);
        expect(isIsoDate('2026-13-01')).toBe(false);
        expect(isIsoDate('2026-2-1')).toBe(false);
        expect(isIsoDate('2026-02-01T00:00:00Z')).toBe(false);
        expect(isIsoDate(20260201)).toBe(false);
        expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    });
});
