// Shared formatting: money from integer minor units (R-DEP-14), dates never shifted by the
// browser's time zone, instants in China time, all with Intl for the console's locale.
import { describe, expect, it } from 'vitest';
import { chinaDayEnd, chinaDayStart, formatDate, formatDateTime, formatMinor, formatNumber, readPath } from '../../src/common/format';

const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('formatting helpers', () => {
    it('R-DEP-14 formats integer minor units exactly, per locale', () => {
        expect(plain(formatMinor(123456789, 'CNY', 'en'))).toBe('CNY 1,234,567.89');
        expect(formatMinor(123456789, 'CNY', 'zh')).toBe('¥1,234,567.89');
        expect(plain(formatMinor(-5, 'USD', 'en'))).toBe('-USD 0.05');
        expect(formatMinor(29, 'USD', 'zh')).toBe('US$0.29');
    });

    it('formats a calendar date without shifting it, per locale', () => {
        expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
        expect(formatDate('2026-01-01', 'zh')).toBe('2026年1月1日');
    });

    it('shows an instant in China time', () => {
        // 23:30 UTC on 31 Dec is 07:30 on 1 Jan in China.
        expect(formatDateTime('2025-12-31T23:30:00Z', 'en')).toBe('1 Jan 2026, 07:30');
        expect(formatDateTime('2025-12-31T23:30:00Z', 'zh')).toBe('2026年1月1日 07:30');
    });

    it('turns a China calendar day into the instants that bound it', () => {
        expect(chinaDayStart('2026-11-20')).toBe('2026-11-19T16:00:00.000Z');
        expect(chinaDayEnd('2026-11-20')).toBe('2026-11-20T15:59:59.999Z');
    });

    it('groups plain numbers and reads dotted paths', () => {
        expect(formatNumber(20000, 'en')).toBe('20,000');
        expect(readPath({ a: { b: [{ c: 7 }] } }, 'a.b.0.c')).toBe(7);
        expect(readPath(null, 'a.b')).toBeUndefined();
    });
});
