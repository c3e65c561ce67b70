// FilePersistence (npm run api's data file): round trip, atomic replacement, crash safety.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FilePersistence } from '../../mock/core/filePersistence';
import type { PersistedState } from '../../mock/core/persistence';

const dirs: string[] = [];
const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-persist-'));
    dirs.push(dir);
    return dir;
};
afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const state = (records: PersistedState['records'], blobs: PersistedState['blobs'] = []): PersistedState => ({
    meta: { clockOffsetMs: 1234, seedSize: 'small', seedVersion: 1, counters: { le: 3 } },
    records,
    blobs,
    sessions: [['tok', { operatorId: 'op-finance-a', createdAt: '2026-11-20T01:00:00.000Z' }]],
});

describe('FilePersistence', () => {
    it('returns null when no data file exists yet', async () => {
        expect(await new FilePersistence(join(tempDir(), 'mock.json')).load()).toBeNull();
    });

    it('keeps records, deletions, base64 blobs, sessions and meta across instances (a restart)', async () => {
        const path = join(tempDir(), 'nested', 'mock.json');
        const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 1, 2]);
        const first = new FilePersistence(path);
        await first.load();
        await first.save(state([['merchants/m-1', { id: 'm-1' }]], [['file-1', bytes]]));
        await first.save(state([['merchants/m-2', { id: 'm-2' }], ['merchants/m-1', null]]));
        const raw = JSON.parse(readFileSync(path, 'utf8'));
        expect(raw.blobs['file-1']).toBe(Buffer.from(bytes).toString('base64'));

        const loaded = await new FilePersistence(path).load();
        expect(loaded!.meta).toEqual({ clockOffsetMs: 1234, seedSize: 'small', seedVersion: 1, counters: { le: 3 } });
        expect(new Map(loaded!.records)).toEqual(new Map([['merchants/m-1', null], ['merchants/m-2', { id: 'm-2' }]]));
        expect([...loaded!.blobs[0][1]]).toEqual([...bytes]);
        expect(loaded!.sessions[0][0]).toBe('tok');
    });

    it('leaves the previous file untouched when a save fails before its rename, and cleans the temp file on the next load', async () => {
        const dir = tempDir();
        const path = join(dir, 'mock.json');
        const ok = new FilePersistence(path);
        await ok.load();
        await ok.save(state([['notes/a', { id: 'a' }]]));
        const before = readFileSync(path, 'utf8');
        const failing = new FilePersistence(path, {
            beforeRename: () => {
                throw new Error('disk full');
            },
        });
        await failing.load();
        await expect(failing.save(state([['notes/b', { id: 'b' }]]))).rejects.toThrow('disk full');
        expect(readFileSync(path, 'utf8')).toBe(before);
        expect(readdirSync(dir).some(n => n.includes('.tmp-'))).toBe(true);
        const loaded = await new FilePersistence(path).load();
        expect(loaded!.records).toEqual([['notes/a', { id: 'a' }]]);
        expect(readdirSync(dir)).toEqual(['mock.json']);
    });

    it('ignores a half-written temp file left by a crash', async () => {
        const dir = tempDir();
        const path = join(dir, 'mock.json');
        const p = new FilePersistence(path);
        await p.load();
        await p.save(state([['notes/a', { id: 'a' }]]));
        writeFileSync(join(dir, '.mock.json.tmp-999-1'), '{"format":"tradeward-mock-overlay","version":1,"meta":{"clo');
        const loaded = await new FilePersistence(path).load();
        expect(loaded!.records).toEqual([['notes/a', { id: 'a' }]]);
        expect(readdirSync(dir)).toEqual(['mock.json']);
    });

    it('a process killed (SIGKILL) in the middle of a save leaves the previous complete file', async () => {
        const dir = tempDir();
        const path = join(dir, 'mock.json');
        const child = spawn(process.execPath, ['--import', 'tsx', 'tests/contract/fixtures/crashingWriter.ts', path, 'crash'], {
            stdio: ['ignore', 'pipe', 'inherit'],
        });
        await new Promise<void>((resolve, reject) => {
            let out = '';
            child.stdout!.on('data', (chunk: Buffer) => {
                out += chunk.toString();
                if (out.includes('HOLDING')) {
                    child.kill('SIGKILL');
                    resolve();
                }
            });
            child.on('exit', code => reject(new Error(`writer exited (${code}) before reaching the crash point: ${out}`)));
        });
        await new Promise(resolve => child.once('close', resolve));
        // The new state was fully written to a temp file, but the data file is still A.
        expect(readdirSync(dir).filter(n => n.includes('.tmp-'))).toHaveLength(1);
        const loaded = await new FilePersistence(path).load();
        expect(loaded!.records).toEqual([['notes/A', { id: 'A' }]]);
        expect(loaded!.blobs[0][0]).toBe('blob-A');
        expect(existsSync(path)).toBe(true);
    });

    it('clear() removes the data file so the next start begins from the seed', async () => {
        const path = join(tempDir(), 'mock.json');
        const p = new FilePersistence(path);
        await p.save(state([['notes/a', { id: 'a' }]]));
        await p.clear();
        expect(existsSync(path)).toBe(false);
        expect(await new FilePersistence(path).load()).toBeNull();
    });
});
