// npm run api: the real HTTP server over the mock handlers — CORS, the adapter, and data that
// survives a killed process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'tw-api-'));
const children: ChildProcess[] = [];

/** Starts `mock/http/server.ts` on a free port and resolves with its base URL. */
const startServer = (): Promise<{ child: ChildProcess; base: string }> =>
    new Promise((resolve, reject) => {
        const child = spawn(
            process.execPath,
            ['--import', 'tsx', 'mock/http/server.ts', '--port', '0', '--seed-size', 'small', '--data-dir', dataDir, '--cors-origins', 'http://127.0.0.1:5173,http://console.test'],
            { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        children.push(child);
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const m = /listening on (http:\/\/\S+\/api)/.exec(out);
            if (m) resolve({ child, base: m[1] });
        });
        child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('exit', code => reject(new Error(`server exited with ${code}: ${out}`)));
    });

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
    new Promise(resolve => {
        child.once('close', resolve);
        child.kill(signal);
    });

afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
});

const signIn = async (base: string, username: string) => {
    const r = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
    expect(r.status).toBe(200);
    return ((await r.json()) as { token: string }).token;
};

describe('npm run api (mock/http/server.ts)', () => {
    it('answers the CORS preflight for an allowed origin with the methods and headers the console sends', async () => {
        const { child, base } = await startServer();
        const r = await fetch(`${base}/ledger-entries`, {
            method: 'OPTIONS',
            headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
        });
        expect(r.status).toBe(204);
        expect(r.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
        for (const m of ['GET', 'POST', 'PUT', 'DELETE']) expect(r.headers.get('access-control-allow-methods')).toContain(m);
        for (const h of ['Range', 'Authorization', 'Idempotency-Key', 'Content-Type']) expect(r.headers.get('access-control-allow-headers')).toContain(h);

        const refused = await fetch(`${base}/merchants`, { method: 'OPTIONS', headers: { Origin: 'http://evil.test', 'Access-Control-Request-Method': 'GET' } });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();

        const token = await signIn(base, 'li.na');
        const list = await fetch(`${base}/merchants?range=${encodeURIComponent('[0,4]')}`, { headers: { Authorization: `Bearer ${token}`, Origin: 'http://console.test' } });
        expect(list.status).toBe(200);
        expect(list.headers.get('access-control-allow-origin')).toBe('http://console.test');
        expect(list.headers.get('access-control-expose-headers')).toContain('Content-Range');
        expect(list.headers.get('content-range')).toMatch(/^merchants 0-4\/\d+$/);
        expect(((await list.json()) as unknown[]).length).toBe(5);

        const other = await fetch(`${base}/merchants?range=${encodeURIComponent('[0,0]')}`, { headers: { Authorization: `Bearer ${token}`, Origin: 'http://evil.test' } });
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
        await stop(child, 'SIGTERM');
    });

    it('passes answers through unchanged: 401 without a token, 400 for a malformed query, 405 on audit-log writes, file bytes', async () => {
        const { child, base } = await startServer();
        expect((await fetch(`${base}/merchants`)).status).toBe(401);
        const token = await signIn(base, 'li.na');
        const bad = await fetch(`${base}/merchants?sort=oops`, { headers: { Authorization: `Bearer ${token}` } });
        expect(bad.status).toBe(400);
        expect(await bad.json()).toMatchObject({ errors: { sort: expect.any(String) } });
        const del = await fetch(`${base}/audit-log/x`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
        expect(del.status).toBe(405);
        // Bytes pass through with the stored type and one Content-Length.
        const file = await fetch(`${base}/files/file-lic-1`, { headers: { Authorization: `Bearer ${token}` } });
        expect(file.status).toBe(200);
        const bytes = new Uint8Array(await file.arrayBuffer());
        expect(file.headers.get('content-type')).toMatch(/^(image\/(png|jpeg)|application\/pdf)$/);
        expect(Number(file.headers.get('content-length'))).toBe(bytes.length);
        expect(bytes.length).toBeGreaterThan(100);
        await stop(child, 'SIGTERM');
    });

    it('refuses to start a second server on the same data file while the first runs', async () => {
        const first = await startServer();
        await expect(startServer()).rejects.toThrow(/another server \(pid \d+\) is using/);
        await stop(first.child, 'SIGTERM');
    });

    it('keeps changes and sessions after the process is killed (SIGKILL) and started again', async () => {
        const first = await startServer();
        const token = await signIn(first.base, 'chen.jing');
        const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
        const settings = await fetch(`${first.base}/settings/platform`, { method: 'PUT', headers: auth, body: JSON.stringify({ topUpDays: 21 }) });
        expect(settings.status).toBe(200);
        const clock = await fetch(`${first.base}/clock`, { method: 'PUT', headers: auth, body: JSON.stringify({ advanceDays: 10 }) });
        const moved = ((await clock.json()) as { today: string }).today;
        await stop(first.child, 'SIGKILL');

        const second = await startServer();
        const again = await fetch(`${second.base}/settings/platform`, { headers: { Authorization: `Bearer ${token}` } });
        expect(again.status).toBe(200); // the session survived too
        expect(((await again.json()) as { topUpDays: number }).topUpDays).toBe(21);
        const now = await fetch(`${second.base}/clock`, { headers: { Authorization: `Bearer ${token}` } });
        expect(((await now.json()) as { today: string }).today).toBe(moved);
        await stop(second.child, 'SIGTERM');
    });
});
