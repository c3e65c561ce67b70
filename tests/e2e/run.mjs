// npm run test:e2e: builds the console, serves the build on 127.0.0.1, and runs every
// tests/e2e/*.e2e.mjs file with node's test runner in Debian's Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
    console.error(`Chromium not found at ${chromium}. Install it with: apt-get update && apt-get install -y chromium`);
    process.exit(1);
}
mkdirSync(join(here, 'screenshots'), { recursive: true });

if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_API_URL: '' } });
    if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
});
const stop = () => {
    try {
        process.kill(-server.pid, 'SIGTERM');
    } catch {
        /* already gone */
    }
};
process.on('exit', stop);

const baseUrl = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 30_000;
for (;;) {
    try {
        const r = await fetch(baseUrl);
        if (r.ok) break;
    } catch {
        /* not up yet */
    }
    if (Date.now() > deadline) {
        console.error('vite preview did not start within 30 s');
        stop();
        process.exit(1);
    }
    await new Promise(r => setTimeout(r, 200));
}

const only = process.argv.slice(2);
const files = readdirSync(here)
    .filter(f => f.endsWith('.e2e.mjs'))
    .filter(f => only.length === 0 || only.some(o => f.includes(o)))
    .sort()
    .map(f => join(here, f));

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl },
});
stop();
process.exit(result.status ?? 1);
