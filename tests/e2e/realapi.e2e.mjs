// The console against the real HTTP API (npm run api) instead of the in-browser mock: a build
// with VITE_API_URL, served by vite preview on its own port, talking cross-origin (CORS) to the
// API server on another port. Self-contained: it starts and stops its own processes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, screenshot } from './support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'tw-realapi-'));
const outDir = join(work, 'dist');
const dataDir = join(work, 'data');
const children = [];

const freePort = () =>
    new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });

/** Starts a process in its own group so it and its children can be stopped together. */
const start = (command, args, env = {}) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    children.push(child);
    return { child, output: () => output };
};
const stopAll = () => {
    for (const child of children) {
        try {
            process.kill(-child.pid, 'SIGTERM');
        } catch {
            /* already gone */
        }
    }
};
process.on('exit', stopAll);

const waitFor = async (url, what, proc) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
        try {
            await fetch(url);
            return;
        } catch {
            /* not up yet */
        }
        if (proc.child.exitCode !== null) throw new Error(`${what} exited: ${proc.output()}`);
        if (Date.now() > deadline) throw new Error(`${what} did not start within 60 s: ${proc.output()}`);
        await new Promise(r => setTimeout(r, 250));
    }
};

let apiPort;
let consolePort;
let apiBase;
let consoleBase;

before(async () => {
    apiPort = await freePort();
    consolePort = await freePort();
    apiBase = `http://127.0.0.1:${apiPort}/api`;
    consoleBase = `http://127.0.0.1:${consolePort}`;
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
        cwd: root,
        env: { ...process.env, VITE_API_URL: apiBase },
        encoding: 'utf8',
    });
    assert.equal(build.status, 0, `vite build with VITE_API_URL failed: ${build.stderr}`);
    const api = start(process.execPath, ['--import', 'tsx', 'mock/http/server.ts', '--port', String(apiPort), '--seed-size', 'small', '--data-dir', dataDir, '--cors-origins', consoleBase]);
    const preview = start('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(consolePort), '--strictPort']);
    await waitFor(`${apiBase}/clock`, 'npm run api', api);
    await waitFor(consoleBase, 'vite preview', preview);
});

after(() => {
    stopAll();
    rmSync(work, { recursive: true, force: true });
});

test('the console built with VITE_API_URL signs in and shows data from npm run api (CORS, no mock in the page)', async () => {
    // A change made directly on the server: the console must show it, so it reads the server.
    const login = await fetch(`${apiBase}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'chen.jing', password: 'demo' }) });
    const { token } = await login.json();
    const put = await fetch(`${apiBase}/settings/platform`, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ topUpDays: 16 }) });
    assert.equal(put.status, 200);

    const browser = await launch();
    try {
        const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        const apiCalls = [];
        const localApiCalls = [];
        const failures = [];
        page.on('request', r => {
            if (r.url().startsWith(apiBase)) apiCalls.push(`${r.method()} ${r.url().slice(apiBase.length)}`);
            if (r.url().startsWith(`${consoleBase}/api`)) localApiCalls.push(r.url());
        });
        page.on('requestfailed', r => failures.push(`${r.url()} ${r.failure()?.errorText}`));
        page.on('pageerror', e => failures.push(String(e)));

        await page.goto(`${consoleBase}/#/login`);
        await page.waitForSelector('input[name="username"]');
        await page.fill('input[name="username"]', 'chen.jing');
        await page.fill('input[name="password"]', 'demo');
        await page.click('button[type="submit"]');
        await page.waitForSelector('header');
        await page.goto(`${consoleBase}/#/audit-log`);
        await page.locator('td', { hasText: /^platform$/ }).first().waitFor();
        await screenshot(page, 'realapi-audit-log');

        assert.ok(apiCalls.includes('POST /auth/login'), `sign-in went to the API server: ${apiCalls.join(', ')}`);
        assert.ok(apiCalls.some(c => c.startsWith('GET /audit-log')), `the list came from the API server: ${apiCalls.join(', ')}`);
        assert.deepEqual(localApiCalls, [], 'nothing was sent to the console origin /api (no in-browser mock)');
        const workers = await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0);
        assert.equal(workers, 0, 'no service worker (MSW) is registered in a real-API build');
        assert.deepEqual(failures, []);
        await context.close();
    } finally {
        await browser.close();
    }
});
