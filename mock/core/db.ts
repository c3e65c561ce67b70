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
    /** Bumped on every committed write; caches keyed on it stay valid until data changes. */
    version = 0;

    /**
     * Seed parts generated on first use (issue 8): resource -> the generator that fills it.
     * The mock answers the first request without building what that request does not read
     * (complaints, deposit notices on the large seed); see defer().
     */
    private deferred = new Map<string, () => void>();
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
     */
    defer(resources: string[], generate: () => void) {
        const run = () => {
            for (const r of resources) if (this.deferred.get(r) === run) this.deferred.delete(r);
            const before = { ...this.meta.counters };
            generate();
            // Generated inside a write that then fails: the part stays (it is seed, not the
            // write), so its counters must survive the rollback too.
            if (this.countersBeforeTransaction)
                for (const [prefix, n] of Object.entries(this.meta.counters))
                    if (n !== before[prefix]) this.countersBeforeTransaction[prefix] = Math.max(this.countersBeforeTransaction[prefix] ?? 0, n);
        };
        for (const r of resources) this.deferred.set(r, run);
    }

    /** Generates one deferred part; false when none is left. Lets an idle worker build ahead. */
    generateNextDeferred(): boolean {
        const next = this.deferred.values().next();
        if (next.done) return false;
        next.value();
        return true;
    }

    isDeferred(resource: string): boolean {
        return this.deferred.has(resource);
    }

    generateAllDeferred() {
        while (this.generateNextDeferred());
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
        for (const r of records) c.set(r.id, r);
    }

    put<T extends { id: Id }>(resource: string, record: T): T {
        const c = this.collection(resource);
        this.record(resource, record.id, c.get(record.id));
        c.set(record.id, record as unknown as AnyRecord);
        return record;
    }

    remove(resource: string, id: Id) {
        const c = this.collection(resource);
        this.record(resource, id, c.get(id));
        c.delete(id);
    }

    putBlob(id: Id, bytes: Uint8Array) {
        this.blobJournal?.push({ id, previous: this.blobs.get(id) });
        this.blobs.set(id, bytes);
        this.dirtyBlobs.add(id);
    }

    nextId(prefix: string): Id {
        this.generateAllDeferred();
        const n = (this.meta.counters[prefix] ?? 0) + 1;
        this.meta.counters[prefix] = n;
        return `${prefix}-${String(n).padStart(6, '0')}`;
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
            if (this.journal.length || this.blobJournal.length || this.meta.clockOffsetMs !== clockBefore) this.version++;
            return result;
        } catch (error) {
            for (const entry of this.journal.reverse()) {
                const c = this.collection(entry.resource);
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
