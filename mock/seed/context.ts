// What every part of the seed shares: the anchor date, the sizes, and per-part random streams.
import type { SeedSize } from '../core/db';
import { Random } from './random';

/** The demo's "now" at first start: Friday 2026-11-20, 09:00 in China. */
export const SEED_ANCHOR = '2026-11-20T01:00:00.000Z';
export const SEED_TODAY = '2026-11-20';
/** Bump when the seed's shape changes: stored overlays of an older seed are discarded. */
export const SEED_VERSION = 1;

export interface SeedCounts {
    merchants: number;
    complaints: number;
    penalties: number;
    /** Ledger entries to aim for across all accounts. */
    ledgerEntries: number;
}

export const SEED_COUNTS: Record<SeedSize, SeedCounts> = {
    small: { merchants: 120, complaints: 40, penalties: 20, ledgerEntries: 500 },
    default: { merchants: 2000, complaints: 600, penalties: 300, ledgerEntries: 8000 },
    large: { merchants: 20000, complaints: 6000, penalties: 3000, ledgerEntries: 100000 },
};

/** An independent, stable random stream per seed part, so changing one part leaves the others alone. */
export const streamFor = (part: string): Random => {
    let h = 2166136261;
    for (const ch of part) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    return new Random(h >>> 0);
};

/**
 * An instant `days` before the anchor, at a pseudo-random office hour (08:00 to 17:00 in China).
 * Never after the anchor: on the anchor day itself only 08:00 to 09:00 has happened yet.
 */
export const daysAgo = (days: number, rnd?: Random): string => {
    const anchor = ANCHOR_MS;
    const base = anchor - days * 86_400_000;
    const minutes = rnd ? rnd.int(-60, 8 * 60) : 0;
    let at = base + minutes * 60_000;
    // Same number of draws from rnd either way, so the rest of the seed stays as it was.
    if (at > anchor) at = anchor - (((minutes + 60) % 60) + 1) * 60_000;
    return isoInstant(at);
};

const ANCHOR_MS = Date.parse(SEED_ANCHOR);
const DAY_MS = 86_400_000;
const ZERO = 48; // '0'
/** "2026-11-20T" of a day number (days since 1970-01-01, UTC), as character codes. */
const dayPrefixCodes = new Map<number, number[]>();
const dayPrefixOf = (day: number): number[] => {
    let codes = dayPrefixCodes.get(day);
    if (!codes) {
        codes = [...new Date(day * DAY_MS).toISOString().slice(0, 11)].map(ch => ch.charCodeAt(0));
        dayPrefixCodes.set(day, codes);
    }
    return codes;
};

/**
 * Exactly `new Date(ms).toISOString()`, about five times faster (issue 8: the large seed makes
 * ~300,000 instants; Date took a fifth of the seed's time). Built in one go as a flat string on
 * purpose: an instant assembled from pieces with a template literal or `+` is a chain of V8 cons
 * strings, about five times the memory, which cost the mock's worker ~50 MB of heap.
 * Years outside 0–9999 (never seeded) take Date's own path.
 */
export const isoInstant = (instant: number): string => {
    const day = Math.floor(instant / DAY_MS);
    const p = dayPrefixOf(day);
    // Only four-digit years ("2026-11-20T"); Date writes others as ±YYYYYY.
    if (p[10] !== 84 /* T */) return new Date(instant).toISOString();
    const t = instant - day * DAY_MS;
    const h = Math.floor(t / 3_600_000);
    const mi = Math.floor(t / 60_000) % 60;
    const s = Math.floor(t / 1000) % 60;
    const ms = t % 1000;
    // prettier-ignore
    return String.fromCharCode(
        p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10],
        ZERO + Math.floor(h / 10), ZERO + (h % 10), 58,
        ZERO + Math.floor(mi / 10), ZERO + (mi % 10), 58,
        ZERO + Math.floor(s / 10), ZERO + (s % 10), 46,
        ZERO + Math.floor(ms / 100), ZERO + (Math.floor(ms / 10) % 10), ZERO + (ms % 10), 90,
    );
};
