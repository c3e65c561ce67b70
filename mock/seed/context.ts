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
/**
 * `new Date(ms).toISOString()`. Kept as Date's own output on purpose (issue 8): an instant
 * assembled from pieces with a template literal is a chain of V8 cons strings, about five times
 * the memory of the flat string Date returns. The large seed keeps ~300,000 instants: assembling
 * them cost the mock's worker ~50 MB of heap and more garbage collection than it saved.
 */
export const isoInstant = (instant: number): string => new Date(instant).toISOString();
