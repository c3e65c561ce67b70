// isoInstant (issue 8): the seed's instants are built without a Date per instant, and must be
// exactly what Date.prototype.toISOString gives, since every seeded timestamp goes through it.
import { describe, expect, it } from 'vitest';
import { isoInstant } from '../../mock/seed/context';
import { Random } from '../../mock/seed/random';

describe('isoInstant', () => {
    it('gives toISOString’s text for every hour of 2020–2030 and for random milliseconds', () => {
        const from = Date.UTC(2020, 0, 1);
        const to = Date.UTC(2031, 0, 1);
        for (let at = from; at < to; at += 3_600_000) expect(isoInstant(at)).toBe(new Date(at).toISOString());
        const rnd = new Random(7);
        for (let i = 0; i < 20_000; i++) {
            const at = from + rnd.int(0, to - from);
            expect(isoInstant(at)).toBe(new Date(at).toISOString());
        }
    });

    it('gives toISOString’s text at the edges: day ends, leap days, years before 0 or after 9999', () => {
        const cases = [
            Date.UTC(2024, 1, 29, 23, 59, 59, 999),
            Date.UTC(2025, 11, 31, 23, 59, 59, 999),
            Date.UTC(2026, 0, 1, 0, 0, 0, 0),
            0,
            -1,
            Date.UTC(1000, 0, 1),
            Date.UTC(999, 11, 31, 23, 59, 59, 999),
            -62_198_755_200_001, // before year 0
            Date.UTC(9999, 11, 31, 23, 59, 59, 999),
            Date.UTC(10000, 0, 1),
        ];
        for (const at of cases) expect(isoInstant(at)).toBe(new Date(at).toISOString());
    });
});
