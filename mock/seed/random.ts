// Deterministic pseudo-random numbers (mulberry32): the same seed gives the same demo data
// on every machine and every run.
export class Random {
    private state: number;
    constructor(seed: number) {
        this.state = seed >>> 0;
    }
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }
    chance(p: number): boolean {
        return this.next() < p;
    }
    /** Weighted choice: [[value, weight], ...]. */
    weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
        const total = pairs.reduce((s, [, w]) => s + w, 0);
        let roll = this.next() * total;
        for (const [value, weight] of pairs) {
            roll -= weight;
            if (roll < 0) return value;
        }
        return pairs[pairs.length - 1][0];
    }
    sample<T>(items: readonly T[], n: number): T[] {
        const copy = [...items];
        const out: T[] = [];
        while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
        return out;
    }
}
