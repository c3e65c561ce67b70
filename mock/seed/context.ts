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
const dayPrefix = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/**
 * `new Date(ms).toISOString()`, faster (issue 8: the large seed formats ~300,000 instants): the
 * date part is formatted once per day, the time of day by arithmetic.
 */
export const isoInstant = (instant: number): string => {
    if (!Number.isFinite(instant)) return new Date(instant).toISOString();
    // Date keeps whole milliseconds, truncating toward zero (TimeClip).
    const ms = Math.trunc(instant);
    const dayMs = Math.floor(ms / DAY_MS) * DAY_MS;
    let day = dayPrefix.get(dayMs);
    if (day === undefined) {
        day = new Date(dayMs).toISOString().slice(0, 10);
        // Extended years (before 0000 or after 9999) are written differently: leave them to Date.
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return new Date(ms).toISOString();
        dayPrefix.set(dayMs, day);
    }
    const msOfDay = ms - dayMs;
    const seconds = Math.floor(msOfDay / 1000);
    const minutes = Math.floor(seconds / 60);
    return `${day}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(seconds % 60)}.${pad3(msOfDay % 1000)}Z`;
};
