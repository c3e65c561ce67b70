import { describe, expect, it } from 'vitest';
import {
    accrue,
    add,
    compare,
    CurrencyMismatchError,
    formatMoney,
    max,
    min,
    money,
    parseMajor,
    subtract,
    sum,
    toMajorString,
    zero,
} from '../../src/domain/money';

const cny = (amount: number) => money(amount, 'CNY');
const usd = (amount: number) => money(amount, 'USD');

describe('money in integer minor units (R-DEP-14)', () => {
    it('R-DEP-14 refuses an amount that is not an integer number of minor units', () => {
        expect(() => money(10.5, 'CNY')).toThrow(TypeError);
        expect(() => money(Number.NaN, 'CNY')).toThrow(TypeError);
        expect(() => money(2 ** 53, 'CNY')).toThrow(TypeError);
        expect(money(-1, 'USD')).toEqual({ amount: -1, currency: 'USD' });
    });

    it('R-DEP-14 adds, subtracts and compares amounts of one currency exactly', () => {
        expect(add(cny(10), cny(20))).toEqual(cny(30));
        expect(subtract(cny(10), cny(25))).toEqual(cny(-15));
        expect(compare(cny(10), cny(20))).toBeLessThan(0);
        expect(compare(cny(20), cny(10))).toBeGreaterThan(0);
        expect(compare(cny(20), cny(20))).toBe(0);
        expect(max(cny(5), cny(7))).toEqual(cny(7));
        expect(min(cny(5), cny(7))).toEqual(cny(5));
        expect(sum([cny(1), cny(2), cny(3)], 'CNY')).toEqual(cny(6));
        expect(sum([], 'USD')).toEqual(zero('USD'));
    });

    it('R-DEP-14 refuses to add, subtract, compare or sum amounts in different currencies', () => {
        expect(() => add(cny(1), usd(1))).toThrow(CurrencyMismatchError);
        expect(() => subtract(usd(1), cny(1))).toThrow(CurrencyMismatchError);
        expect(() => compare(cny(1), usd(1))).toThrow(CurrencyMismatchError);
        expect(() => max(cny(1), usd(1))).toThrow(/R-DEP-14/);
        expect(() => sum([cny(1), usd(1)], 'CNY')).toThrow(CurrencyMismatchError);
        expect(() => sum([usd(1)], 'CNY')).toThrow(CurrencyMismatchError);
    });

    it('R-DEP-14 parses operator-typed decimals without float error ("0.1" + "0.2" is exactly 0.30)', () => {
        const a = parseMajor('0.1')!;
        const b = parseMajor('0.2')!;
        expect(a).toBe(10);
        expect(b).toBe(20);
        expect(toMajorString(add(cny(a), cny(b)).amount)).toBe('0.30');
        // The float way would give 0.30000000000000004.
        expect(0.1 + 0.2).not.toBe(0.3);
        expect(parseMajor('1,234.5')).toBe(123_450);
        expect(parseMajor(' 10 000.05 ')).toBe(1_000_005);
        expect(parseMajor('19.99')).toBe(1999);
        expect(parseMajor('7')).toBe(700);
        expect(parseMajor('999999999999.99')).toBe(99_999_999_999_999);
    });

    it('R-DEP-14 refuses text that is not a plain amount with at most two decimals', () => {
        for (const bad of ['', 'abc', '1.234', '-5', '1e3', '0x10', '.5', '1.2.3', '¥10', '1234567890123'])
            expect(parseMajor(bad), bad).toBeNull();
    });

    it('R-DEP-14 writes minor units as a decimal string', () => {
        expect(toMajorString(0)).toBe('0.00');
        expect(toMajorString(5)).toBe('0.05');
        expect(toMajorString(123_456)).toBe('1234.56');
        expect(toMajorString(-1_050)).toBe('-10.50');
        expect(() => toMajorString(1.5)).toThrow(TypeError);
    });

    it('R-DEP-14 formats money with Intl in both languages', () => {
        expect(formatMoney(cny(1_234_567), 'en')).toMatch(/CNY\s?12,345\.67/);
        expect(formatMoney(usd(200_000), 'zh')).toContain('2,000.00');
    });
});

describe('liquidated damages accrual (R-DEP-11)', () => {
    it('R-DEP-11 accrues 0.5% per day (50 basis points) on the amount owed', () => {
        // 10,000.00 CNY owed for 10 days at 0.5%/day = 500.00 CNY.
        expect(accrue(cny(1_000_000), 50, 10)).toEqual(cny(50_000));
        // 0.3%/day (seed 002) for one day on 1,000.00 = 3.00.
        expect(accrue(cny(100_000), 30, 1)).toEqual(cny(300));
    });

    it('R-DEP-11 rounds half up to the minor unit', () => {
        // 1.01 * 0.5% = 0.00505 -> 0.01 (0.505 fen rounds up).
        expect(accrue(cny(101), 50, 1)).toEqual(cny(1));
        // 0.99 * 0.5% = 0.00495 -> 0.00 (0.495 fen rounds down).
        expect(accrue(cny(99), 50, 1)).toEqual(cny(0));
        // Exactly half a fen: 1.00 * 0.5% = 0.5 fen -> 1 fen.
        expect(accrue(cny(100), 50, 1)).toEqual(cny(1));
        // 3.33 over 3 days at 0.5%: 4.995 fen -> 5 fen.
        expect(accrue(usd(333), 50, 3)).toEqual(usd(5));
    });

    it('R-DEP-11 accrues nothing for no days, no rate or nothing owed, and keeps the currency', () => {
        expect(accrue(usd(100_000), 50, 0)).toEqual(usd(0));
        expect(accrue(usd(100_000), 50, -3)).toEqual(usd(0));
        expect(accrue(usd(100_000), 0, 30)).toEqual(usd(0));
        expect(accrue(usd(-100), 50, 30)).toEqual(usd(0));
    });

    it('R-DEP-11 stays exact beyond 2^53 (largest entry, highest rate, ten years)', () => {
        const principal = cny(100_000_000_00); // 100 million CNY in fen
        const result = accrue(principal, 1000, 3650);
        const exact = (10_000_000_000n * 1000n * 3650n + 5_000n) / 10_000n;
        expect(BigInt(result.amount)).toBe(exact);
        expect(Number.isSafeInteger(result.amount)).toBe(true);
    });

    it('R-DEP-11 refuses a fractional rate or fractional days instead of rounding them silently', () => {
        expect(() => accrue(cny(1000), 0.5, 1)).toThrow(RangeError);
        expect(() => accrue(cny(1000), 50, 1.5)).toThrow(RangeError);
    });
});
