// The mock server's data: one map per resource plus stored file bytes. Every write goes
// through put()/remove() so a request can be rolled back whole (nothing half-saved) and so
// only changed records are persisted.
import type { Id } from '../../src/domain';

export type AnyRecord = { id: Id };

export interface Meta {
    /** Milliseconds added to the real clock: the mock clock (tests and demo move it). */
    clockOffsetMs: number;
    seedSize: SeedSize;
    seedVersion: number;
    counters: Record<string, number>;
}

export type SeedSize = 'default' | 'large' | 'small';

/** Changes remembered per resource for patching caches (Database.changedSince). */
const CHANGE_LOG_LIMIT = 4096;

interface JournalEntry {
    key: string;
    resource: string;
    id: Id;
    previous: AnyRecord | undefined;
}

export class Database {
    private collections = new Map<string, Map<Id, AnyRecord>>();
    blobs = new Map<Id, Uint8Array>();
    meta: Meta;
    sessions = new Map<string, { operatorId: Id; createdAt: string }>();
    /** Keys changed since the last flush: "resource/id". */
    dirty = new Set<string>();
    dirtyBlobs = new Set<Id>();
    private journal: JournalEntry[] | null = null;
    private blobJournal: Array<{ id: Id; previous: Uint8Array | undefined }> | null = null;
    private dataVersion = 0;
    /**
     * Changes when caches cannot tell what changed: a rollback, a clock move, or a caller bumping
     * `version` by hand after editing records outside a transaction (tests do). Every per-resource
     * stamp includes it, so such a bump invalidates every cache, as it always did.
     */
    private epoch = 0;
    /** resource -> the data version of the last committed transaction that changed it. */
    private resourceVersions = new Map<string, number>();
    /** resource -> ids changed by committed transactions, with the data version of each change. */
    private changeLogs = new Map<string, { versions: number[]; ids: Id[]; previous: Array<AnyRecord | undefined>; floor: number }>();
    /** resource -> bumped when a key is added or removed (the collection's order changes). */
    private shapes = new Map<string, number>();
    private positions = new Map<string, { shape: number; index: Map<Id, number> }>();

    /**
     * Bumped on every committed write; caches keyed on it stay valid until data changes.
     * Setting it by hand (after db.put outside a transaction) also invalidates every
     * per-resource cache (stamp()).
     */
    get version(): number {
        return this.dataVersion;
    }
    set version(value: number) {
        this.dataVersion = value;
        this.epoch++;
    }

    /**
     * Seed parts generated on first use (issue 8): resource -> the generator that fills it.
     * The mock answers the first request without building what that request does not read
     * (complaints, deposit notices on the large seed); see defer().
     */
    private deferred = new Map<string, () => void>();
    /** Deferred parts built only when their collections are used (defer's `onDemand`). */
    private onDemand = new Set<() => void>();
    /** What the seed answers per record about a deferred part until it is built (defer's `source`), by resource. */
    private sources = new Map<string, unknown>();
    private countersBeforeTransaction: Record<string, number> | null = null;

    constructor(meta: Meta) {
        this.meta = meta;
    }

    /**
     * Registers a seed part to generate on first use: the first access to any of `resources`
     * (read or write) runs `generate` once, before the access, so nobody ever sees the part
     * missing or half-built. The generator must only read what it captured when deferred (the
     * pristine seed), not the live collections operators may have changed since. Any new id
     * (nextId) first generates every deferred part, so a part's id counters are in place
     * before anyone allocates after them.
     *
     * `onDemand`: the part's id counters are in place when it is deferred, so a new id does not
     * need it, and it is only built by the first access to its collections, never ahead (the
     * seed's ledger and the merchants' documents: large, read per account or per merchant from
     * the seed, and read whole only by a few pages; issue 8).
     *
     * `source`: what the seed can answer about the part's records without building it (one
     * account's entries, one merchant's documents, one file), read through seedSource() for as
     * long as the part is not built, and forgotten once it is.
     */
    defer(resources: string[], generate: () => void, { onDemand = false, source }: { onDemand?: boolean; source?: unknown } = {}) {
        const run = () => {
            this.onDemand.delete(run);
            for (const r of resources)
                if (this.deferred.get(r) === run) {
                    this.deferred.delete(r);
                    this.sources.delete(r);
                }
            const before = { ...this.meta.counters };
            generate();
            // Generated inside a write that then fails: the part stays (it is seed, not the
            // write), so its counters must survive the rollback too.
            if (this.countersBeforeTransaction)
                for (const [prefix, n] of Object.entries(this.meta.counters))
                    if (n !== before[prefix]) this.countersBeforeTransaction[prefix] = Math.max(this.countersBeforeTransaction[prefix] ?? 0, n);
        };
        for (const r of resources) {
            this.deferred.set(r, run);
            if (source !== undefined) this.sources.set(r, source);
        }
        if (onDemand) this.onDemand.add(run);
    }

    /** The seed's answers about a deferred part (defer's `source`) while it is not built; undefined once it is. */
    seedSource<T>(resource: string): T | undefined {
        return this.deferred.has(resource) ? (this.sources.get(resource) as T | undefined) : undefined;
    }

    /** Generates one deferred part that may be built ahead; false when none is left. Lets an idle worker build ahead. */
    generateNextDeferred(): boolean {
        for (const run of this.deferred.values()) {
            if (this.onDemand.has(run)) continue;
            run();
            return true;
        }
        return false;
    }

    isDeferred(resource: string): boolean {
        return this.deferred.has(resource);
    }

    /** Generates every deferred part, on-demand ones included. */
    generateAllDeferred() {
        for (let next = this.deferred.values().next(); !next.done; next = this.deferred.values().next()) next.value();
    }

    collection(resource: string): Map<Id, AnyRecord> {
        if (this.deferred.size) this.deferred.get(resource)?.();
        let c = this.collections.get(resource);
        if (!c) {
            c = new Map();
            this.collections.set(resource, c);
        }
        return c;
    }

    resources(): string[] {
        return [...new Set([...this.collections.keys(), ...this.deferred.keys()])];
    }

    all<T = AnyRecord>(resource: string): T[] {
        return [...this.collection(resource).values()] as T[];
    }

    get<T = AnyRecord>(resource: string, id: Id): T | undefined {
        return this.collection(resource).get(id) as T | undefined;
    }

    /** Bulk load without journaling (seed and persisted overlay). */
    load(resource: string, records: AnyRecord[]) {
        const c = this.collection(resource);
        this.reshaped(resource);
        for (const r of records) c.set(r.id, r);
    }

    put<T extends { id: Id }>(resource: string, record: T): T {
        const c = this.collection(resource);
        this.record(resource, record.id, c.get(record.id));
        if (!c.has(record.id)) this.reshaped(resource);
        c.set(record.id, record as unknown as AnyRecord);
        return record;
    }

    remove(resource: string, id: Id) {
        const c = this.collection(resource);
        this.record(resource, id, c.get(id));
        if (c.delete(id)) this.reshaped(resource);
    }

    putBlob(id: Id, bytes: Uint8Array) {
        this.blobJournal?.push({ id, previous: this.blobs.get(id) });
        this.blobs.set(id, bytes);
        this.dirtyBlobs.add(id);
    }

    nextId(prefix: string): Id {
        while (this.generateNextDeferred());
        const n = (this.meta.counters[prefix] ?? 0) + 1;
        this.meta.counters[prefix] = n;
        return `${prefix}-${String(n).padStart(6, '0')}`;
    }

    /**
     * A value that changes whenever one of these resources may have changed (a committed write to
     * it, or anything stamp-wide: rollback, clock move, a manual version bump). Caches that read
     * only these resources stay valid across writes to others (mock/core/context.ts cached()).
     */
    stamp(resources: readonly string[]): string {
        let s = String(this.epoch);
        for (const r of resources) s += `:${this.resourceVersions.get(r) ?? 0}`;
        return s;
    }

    /** The data version of the last committed change to this resource (0: none since start). */
    resourceVersion(resource: string): number {
        return this.resourceVersions.get(resource) ?? 0;
    }

    /** Invalidation epoch (see `epoch`): patching a cache is only possible within one epoch. */
    get changeEpoch(): number {
        return this.epoch;
    }

    /**
     * Ids of this resource changed by transactions committed after data version `since`, or null
     * when that is no longer known (the log keeps the most recent changes only).
     */
    changedSince(resource: string, since: number): Set<Id> | null {
        const log = this.changeLogs.get(resource);
        if (!log) return new Set();
        if (since < log.floor) return null;
        const out = new Set<Id>();
        for (let i = log.versions.length - 1; i >= 0 && log.versions[i] > since; i--) out.add(log.ids[i]);
        return out;
    }

    /**
     * Each record of this resource changed after data version `since` as it was before its first
     * such change (undefined: it did not exist), or null when that is no longer known.
     */
    previousSince(resource: string, since: number): Map<Id, AnyRecord | undefined> | null {
        const log = this.changeLogs.get(resource);
        if (!log) return new Map();
        if (since < log.floor) return null;
        const out = new Map<Id, AnyRecord | undefined>();
        // Newest first: an older change overwrites, so the earliest "before" wins.
        for (let i = log.versions.length - 1; i >= 0 && log.versions[i] > since; i--) out.set(log.ids[i], log.previous[i]);
        return out;
    }

    /**
     * The index of a record in its collection's order (insertion order: what all() returns and
     * what a stable sort keeps for ties). Kept until a record is added or removed.
     */
    positionOf(resource: string, id: Id): number | undefined {
        const shape = this.shapes.get(resource) ?? 0;
        let p = this.positions.get(resource);
        // The size check also catches a collection changed behind put/remove (applyOverlay at boot).
        if (!p || p.shape !== shape || p.index.size !== this.collection(resource).size) {
            const index = new Map<Id, number>();
            let i = 0;
            for (const key of this.collection(resource).keys()) index.set(key, i++);
            this.positions.set(resource, (p = { shape, index }));
        }
        return p.index.get(id);
    }

    private reshaped(resource: string) {
        this.shapes.set(resource, (this.shapes.get(resource) ?? 0) + 1);
    }

    private logChanges(journal: JournalEntry[]) {
        const version = this.dataVersion;
        for (const entry of journal) {
            this.resourceVersions.set(entry.resource, version);
            let log = this.changeLogs.get(entry.resource);
            if (!log) this.changeLogs.set(entry.resource, (log = { versions: [], ids: [], previous: [], floor: 0 }));
            log.versions.push(version);
            log.ids.push(entry.id);
            log.previous.push(entry.previous);
            if (log.versions.length > CHANGE_LOG_LIMIT) {
                const drop = log.versions.length - CHANGE_LOG_LIMIT / 2;
                // Changes at or before this version are no longer all known.
                log.floor = log.versions[drop - 1];
                log.versions.splice(0, drop);
                log.ids.splice(0, drop);
                log.previous.splice(0, drop);
            }
        }
    }

    private record(resource: string, id: Id, previous: AnyRecord | undefined) {
        const key = `${resource}/${id}`;
        this.journal?.push({ key, resource, id, previous });
        this.dirty.add(key);
    }

    /** Run fn as one transaction: on a throw every change it made is undone. */
    async transaction<R>(fn: () => Promise<R> | R): Promise<R> {
        if (this.journal) return fn();
        this.journal = [];
        this.blobJournal = [];
        const countersBefore = (this.countersBeforeTransaction = { ...this.meta.counters });
        const clockBefore = this.meta.clockOffsetMs;
        const dirtyBefore = new Set(this.dirty);
        const dirtyBlobsBefore = new Set(this.dirtyBlobs);
        try {
            const result = await fn();
            // Only a transaction that changed something invalidates ctx.cached(): sweepers run in a
            // transaction before every request and usually change nothing. Moving the clock counts,
            // since derived values (days left, expiring licences) depend on it.
            // Per resource: only the resources this transaction wrote (R-PRV-2 audit entries and
            // notices included) are stamped as changed, so indexes over other resources survive.
            if (this.meta.clockOffsetMs !== clockBefore) this.version++;
            else if (this.journal.length || this.blobJournal.length) this.dataVersion++;
            this.logChanges(this.journal);
            return result;
        } catch (error) {
            for (const entry of this.journal.reverse()) {
                const c = this.collection(entry.resource);
                this.reshaped(entry.resource);
                if (entry.previous === undefined) c.delete(entry.id);
                else c.set(entry.id, entry.previous);
            }
            for (const entry of this.blobJournal.reverse()) {
                if (entry.previous === undefined) this.blobs.delete(entry.id);
                else this.blobs.set(entry.id, entry.previous);
            }
            this.meta.counters = countersBefore;
            this.meta.clockOffsetMs = clockBefore;
            this.dirty = dirtyBefore;
            this.dirtyBlobs = dirtyBlobsBefore;
            // Caches built during the failed write may hold rolled-back records: invalidate them.
            this.version++;
            throw error;
        } finally {
            this.journal = null;
            this.blobJournal = null;
            this.countersBeforeTransaction = null;
        }
    }
}
