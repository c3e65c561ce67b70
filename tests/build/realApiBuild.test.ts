// @vitest-environment node
// Issue 2 point 10: `VITE_API_URL=https://api.example.test npm run build` gives a bundle that
// calls that URL and contains no mock code at all (no MSW, no worker script, no seed data);
// without VITE_API_URL the build runs on the mock. Each case runs a real `vite build` into a
// temporary directory (about 10 s each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const dirs: string[] = [];

const build = (apiUrl: string) => {
    const outDir = mkdtempSync(join(tmpdir(), 'tradeward-build-'));
    dirs.push(outDir);
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: root,
        env: { ...process.env, VITE_API_URL: apiUrl, NODE_ENV: 'production' },
        encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
    const files: string[] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else files.push(path);
        }
    };
    walk(outDir);
    const text = files.filter(f => /\.(js|mjs|html|css|json)$/.test(f)).map(f => readFileSync(f, 'utf8')).join('\n');
    return { outDir, files: files.map(f => f.slice(outDir.length + 1)), text };
};

// Strings only the mock carries: MSW itself, its worker, and seed data (an operator's login
// and e-mail domain, a seed trade name, a seed category).
const MOCK_MARKERS = ['msw', 'mockServiceWorker', 'setupWorker', 'li.na', 'tradeward.example', 'Huarui', 'Consumer electronics'];

afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('production builds', () => {
    it('with VITE_API_URL the bundle calls that URL and contains no mock code or seed data', () => {
        const { files, text, outDir } = build('https://api.example.test');
        expect(text).toContain('https://api.example.test');
        expect(files).not.toContain('mockServiceWorker.js');
        for (const marker of MOCK_MARKERS) expect(text.includes(marker), `"${marker}" must not be in the real-API bundle`).toBe(false);
        expect(files.some(f => f.includes('mockApiWorker')), 'no mock API worker script').toBe(false);
        expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('new Worker(');
    }, 120_000);

    it('without VITE_API_URL the bundle runs on the in-browser mock API', () => {
        const { files, text, outDir } = build('');
        expect(files).toContain('mockServiceWorker.js');
        // Issue 8: the page's first script starts the mock API's Web Worker, which exists.
        const worker = files.find(f => /^assets\/mockApiWorker-[^/]+\.js$/.test(f));
        expect(worker).toBeDefined();
        expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(`new Worker("/${worker}"`);
        expect(text).toContain('mockServiceWorker');
        expect(text).toContain('li.na');
        expect(text).not.toContain('https://api.example.test');
    }, 120_000);
});
