// Browser persistence: IndexedDB, one key per changed record, so data survives a reload and a
// browser restart (issue 2 point 4).
import { clear, createStore, entries, setMany, set, type UseStore } from 'idb-keyval';
import type { AnyRecord, Meta } from './db';
import type { Persistence, PersistedState } from './persistence';

export class IndexedDbPersistence implements Persistence {
    private store: UseStore;
    constructor(dbName = 'tradeward-mock', storeName = 'overlay') {
        this.store = createStore(dbName, storeName);
    }

    async load(): Promise<PersistedState | null> {
        const all = await entries<string, unknown>(this.store);
        if (all.length === 0) return null;
        const state: PersistedState = { meta: undefined as unknown as Meta, records: [], blobs: [], sessions: [] };
        for (const [key, value] of all) {
            if (key === 'meta') state.meta = value as Meta;
            else if (key === 'sessions') state.sessions = value as PersistedState['sessions'];
            else if (key.startsWith('r:')) state.records.push([key.slice(2), value as AnyRecord | null]);
            else if (key.startsWith('b:')) state.blobs.push([key.slice(2), value as Uint8Array]);
        }
        return state.meta ? state : null;
    }

    async save(delta: PersistedState): Promise<void> {
        const items: Array<[string, unknown]> = [
            ['meta', delta.meta],
            ['sessions', delta.sessions],
            ...delta.records.map(([k, v]) => [`r:${k}`, v] as [string, unknown]),
            ...delta.blobs.map(([k, v]) => [`b:${k}`, v] as [string, unknown]),
        ];
        if (items.length === 2) {
            await set('meta', delta.meta, this.store);
            await set('sessions', delta.sessions, this.store);
        } else await setMany(items, this.store);
    }

    async clear(): Promise<void> {
        await clear(this.store);
    }
}
