// Where the mock keeps its data between runs. The seed is regenerated deterministically on
// start; only what operators changed (the overlay) is stored, so a write costs one record.
import type { AnyRecord, Database, Meta } from './db';

export interface PersistedState {
    meta: Meta;
    /** "resource/id" -> record, or null for a deleted record. */
    records: Array<[string, AnyRecord | null]>;
    blobs: Array<[string, Uint8Array]>;
    sessions: Array<[string, { operatorId: string; createdAt: string }]>;
}

export interface Persistence {
    load(): Promise<PersistedState | null>;
    save(delta: PersistedState): Promise<void>;
    clear(): Promise<void>;
}

/** Collects what changed since the last flush and clears the dirty marks. */
export const takeDelta = (db: Database): PersistedState => {
    const records: Array<[string, AnyRecord | null]> = [];
    for (const key of db.dirty) {
        const slash = key.indexOf('/');
        const record = db.get(key.slice(0, slash), key.slice(slash + 1));
        records.push([key, record ?? null]);
    }
    const blobs: Array<[string, Uint8Array]> = [];
    for (const id of db.dirtyBlobs) {
        const bytes = db.blobs.get(id);
        if (bytes) blobs.push([id, bytes]);
    }
    db.dirty.clear();
    db.dirtyBlobs.clear();
    return { meta: db.meta, records, blobs, sessions: [...db.sessions] };
};

/** Applies a stored overlay on top of the freshly generated seed. */
export const applyOverlay = (db: Database, state: PersistedState) => {
    for (const [key, record] of state.records) {
        const slash = key.indexOf('/');
        const resource = key.slice(0, slash);
        const id = key.slice(slash + 1);
        if (record) db.collection(resource).set(id, record);
        else db.collection(resource).delete(id);
    }
    for (const [id, bytes] of state.blobs) db.blobs.set(id, bytes);
    for (const [token, session] of state.sessions) db.sessions.set(token, session);
};

/** Keeps nothing: each test starts from the seed. */
export class MemoryPersistence implements Persistence {
    private state: PersistedState | null = null;
    async load() {
        return this.state;
    }
    async save(delta: PersistedState) {
        const records = new Map(this.state?.records ?? []);
        for (const [k, v] of delta.records) records.set(k, v);
        const blobs = new Map(this.state?.blobs ?? []);
        for (const [k, v] of delta.blobs) blobs.set(k, v);
        this.state = {
            meta: structuredClone(delta.meta),
            records: [...records],
            blobs: [...blobs],
            sessions: delta.sessions,
        };
    }
    async clear() {
        this.state = null;
    }
}
