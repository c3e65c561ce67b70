// Node persistence for `npm run api`: the overlay (records operators changed, uploaded file
// bytes, sessions, the mock clock) kept in one JSON file. Every save writes a temp file in the
// same folder, fsyncs it, renames it over the old file and fsyncs the folder, so a crash at any
// moment leaves either the previous file or the new one, never a half-written one.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AnyRecord, Meta } from './db';
import type { PersistedState, Persistence } from './persistence';

/** The file's shape: blobs are base64 so the file stays plain JSON. */
interface StoredFile {
    format: 'tradeward-mock-overlay';
    version: 1;
    meta: Meta;
    records: Record<string, AnyRecord | null>;
    blobs: Record<string, string>;
    sessions: PersistedState['sessions'];
}

export interface FilePersistenceHooks {
    /** Test seam: runs after the temp file is written and fsynced, before the rename. */
    beforeRename?: (tempPath: string) => void;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export class FilePersistence implements Persistence {
    private state: StoredFile | null = null;
    private loaded = false;
    private chain: Promise<unknown> = Promise.resolve();

    constructor(
        readonly path: string,
        private readonly hooks: FilePersistenceHooks = {},
    ) {}

    /** Saves run one after another even if callers do not wait. */
    private serial<R>(fn: () => R): Promise<R> {
        const run = this.chain.then(fn, fn);
        this.chain = run.catch(() => undefined);
        return run;
    }

    private readFile(): StoredFile | null {
        let text: string;
        try {
            text = readFileSync(this.path, 'utf8');
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
            throw error;
        }
        const parsed = JSON.parse(text) as StoredFile;
        if (parsed?.format !== 'tradeward-mock-overlay' || parsed.version !== 1 || !parsed.meta) {
            throw new Error(`${this.path} is not a Tradeward mock data file; move it away or delete it to start from the seed.`);
        }
        return parsed;
    }

    /** Temp files left by a crash before their rename are garbage: the main file is intact. */
    private removeStaleTemps() {
        const dir = dirname(this.path);
        const prefix = `.${basename(this.path)}.tmp-`;
        let names: string[] = [];
        try {
            names = readdirSync(dir);
        } catch {
            return;
        }
        for (const name of names) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
    }

    private writeAtomically(content: string) {
        const dir = dirname(this.path);
        mkdirSync(dir, { recursive: true });
        const temp = join(dir, `.${basename(this.path)}.tmp-${process.pid}-${Date.now()}`);
        const fd = openSync(temp, 'w', 0o600);
        try {
            const buffer = Buffer.from(content, 'utf8');
            let offset = 0;
            while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
            fsyncSync(fd);
        } finally {
            closeSync(fd);
        }
        this.hooks.beforeRename?.(temp);
        renameSync(temp, this.path);
        // Make the rename itself durable.
        const dirFd = openSync(dir, 'r');
        try {
            fsyncSync(dirFd);
        } finally {
            closeSync(dirFd);
        }
    }

    load(): Promise<PersistedState | null> {
        return this.serial(() => {
            this.removeStaleTemps();
            this.state = this.readFile();
            this.loaded = true;
            if (!this.state) return null;
            return {
                meta: this.state.meta,
                records: Object.entries(this.state.records),
                blobs: Object.entries(this.state.blobs).map(([id, b64]) => [id, fromBase64(b64)] as [string, Uint8Array]),
                sessions: this.state.sessions,
            };
        });
    }

    save(delta: PersistedState): Promise<void> {
        return this.serial(() => {
            if (!this.loaded) {
                this.state = this.readFile();
                this.loaded = true;
            }
            const next: StoredFile = {
                format: 'tradeward-mock-overlay',
                version: 1,
                meta: structuredClone(delta.meta),
                records: { ...(this.state?.records ?? {}) },
                blobs: { ...(this.state?.blobs ?? {}) },
                sessions: delta.sessions,
            };
            for (const [key, record] of delta.records) next.records[key] = record;
            for (const [id, bytes] of delta.blobs) next.blobs[id] = toBase64(bytes);
            this.writeAtomically(JSON.stringify(next));
            // Only after the file is in place does the in-memory copy move on.
            this.state = next;
        });
    }

    clear(): Promise<void> {
        return this.serial(() => {
            rmSync(this.path, { force: true });
            this.state = null;
            this.loaded = true;
        });
    }
}
