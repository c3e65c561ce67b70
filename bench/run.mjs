// npm run bench: the console's performance budget (issue 8), measured, never asserted.
//
//  1. builds the console twice (mock API with the large seed; real-API mode for bundle size
//     only), the floor page (bench/floor) and the Node query benchmark;
//  2. computes the first page's JavaScript from each build's module graph (gzip);
//  3. serves the mock build at / and the floor at /floor/ from one 127.0.0.1 server (gzip on);
//  4. drives Debian's Chromium through playwright-core: N cold runs (fresh user-data-dir each),
//     each measuring the merchant list, next page, a filter change, a merchant page with its
//     ledger and the JS heap after GC (list shown, end of run, after 15 s idle), and the same
//     on the floor page (but the idle heap);
//  5. times the mock's list queries over 20,000 merchants in Node;
//  6. prints a table and writes bench/results/latest.json.
//
// Options: --runs=5  --skip-build  --keep-going(default)  --port=0
// Env: CHROMIUM_PATH, BENCH_LEDGER_MERCHANT (merchant id whose ledger to open), BENCH_USER.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(root, 'dist', 'bench');
const arg = (name, fallback) => {
    const hit = process.argv.find(a => a === `--${name}` || a.startsWith(`--${name}=`));
    if (!hit) return fallback;
    return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const RUNS = Number(arg('runs', 5));
const SKIP_BUILD = Boolean(arg('skip-build', false));
const USER = process.env.BENCH_USER ?? 'chen.jing'; // the supervisor may read every page
const REAL_API_URL = 'https://api.tradeward.example/api';
const ROWS = 'tbody.datagrid-body > tr, tbody.datatable-body > tr';
/** The filter change: what the merchant list's status filter puts in the URL. */
const FILTER = { status: ['suspended'] };

/** The budget of issue 8; `unit` is how the figure is printed. */
const SCENARIOS = [
    { key: 'jsMock', label: 'First-page JS, mock build (gzip, module graph)', unit: 'KB', target: 350 },
    { key: 'jsReal', label: 'First-page JS, real-API build (gzip, module graph)', unit: 'KB', target: 280 },
    { key: 'jsTransferred', label: 'First-page JS transferred in the browser (gzip)', unit: 'KB', target: 350 },
    { key: 'firstRow', label: 'Merchant list: first row painted after navigation start', unit: 'ms', target: 700 },
    { key: 'firstRowRequestSent', label: '… the list request sent by the console', unit: 'ms', target: null },
    { key: 'firstRowApiWait', label: '… then waiting for the mock API (seed build + query)', unit: 'ms', target: null },
    { key: 'nextPage', label: 'Next page: click → new rows painted', unit: 'ms', target: 100 },
    { key: 'filter', label: 'Filter change → new rows painted', unit: 'ms', target: 150 },
    { key: 'merchantShow', label: 'Merchant page: navigation → page content painted', unit: 'ms', target: null },
    { key: 'ledger', label: 'Ledger (500 entries): click → entries painted', unit: 'ms', target: 300 },
    { key: 'heapList', label: 'JS heap after GC, list shown (page + workers)', unit: 'MB', target: 60 },
    { key: 'heapListPage', label: '… of which the page', unit: 'MB', target: null },
    { key: 'heapListWorkers', label: '… of which the workers (mock API, MSW)', unit: 'MB', target: null },
    { key: 'heapEnd', label: 'JS heap after GC, end of run (page + workers)', unit: 'MB', target: 60 },
    { key: 'heapEndPage', label: '… of which the page', unit: 'MB', target: null },
    { key: 'heapEndWorkers', label: '… of which the workers (mock API, MSW)', unit: 'MB', target: null },
    { key: 'heapIdle', label: 'JS heap after GC, 15 s idle after the run (page + workers)', unit: 'MB', target: 60 },
    { key: 'heapIdlePage', label: '… of which the page', unit: 'MB', target: null },
    { key: 'heapIdleWorkers', label: '… of which the workers (mock API, MSW)', unit: 'MB', target: null },
    { key: 'queryNode', label: "Mock's list query over 20,000 merchants (Node, warm)", unit: 'ms', target: 20 },
    { key: 'queryNodeNewFilter', label: 'Slowest of the six list queries, new filter (Node)', unit: 'ms', target: 20 },
    { key: 'queryNodeCold', label: 'Slowest of the six, right after a write (Node)', unit: 'ms', target: 20 },
    { key: 'queryNodeRebuild', label: 'Slowest of the six, every cache dropped (reset, clock move)', unit: 'ms', target: null },
    { key: 'seedNode', label: 'Large seed built before the first answer (Node, wall)', unit: 'ms', target: null },
    { key: 'seedNodeCpu', label: 'Large seed built before the first answer (Node, CPU time)', unit: 'ms', target: null },
    { key: 'seedDeferredNode', label: 'Seed parts built on first use or when idle (Node, wall)', unit: 'ms', target: null },
];

const log = (...a) => console.error('[bench]', ...a);
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const run = (args, env = {}) => {
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`failed: node ${args.join(' ')}`);
};

// ---------------------------------------------------------------------------------- builds
const build = () => {
    log('building the console (mock API, large seed)…');
    run([vite, 'build', '--outDir', join(out, 'mock'), '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { VITE_SEED_SIZE: 'large', VITE_API_URL: '' });
    log('building the console (real-API mode, for bundle size)…');
    run([vite, 'build', '--outDir', join(out, 'real'), '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { VITE_API_URL: REAL_API_URL });
    log('building the floor page…');
    run([vite, 'build', '-c', join(here, 'floor', 'vite.config.mjs')]);
    log('building the Node query benchmark…');
    run([vite, 'build', '--ssr', 'bench/node/query-bench.ts', '--outDir', join(out, 'node'), '--emptyOutDir', '--logLevel', 'warn'], { VITE_API_URL: '' });
};

// ---------------------------------------------------------------------- bundle (module graph)
/**
 * The JavaScript the first page needs, from Vite's manifest: the entry, what it imports
 * statically and at startup (the app; the mock and its worker), plus the merchant list's
 * route chunk.
 */
const firstPageJs = (dir, dynamicEntries) => {
    const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
    const files = new Map();
    const visit = key => {
        const chunk = manifest[key];
        if (!chunk || files.has(chunk.file)) return;
        files.set(chunk.file, key);
        for (const dep of chunk.imports ?? []) visit(dep);
        // Web Worker scripts the chunk starts (the mock API's worker): Vite lists them as the
        // chunk's assets. They are fetched at startup like any chunk, so they count.
        for (const asset of chunk.assets ?? []) if (/\.m?js$/.test(asset) && !files.has(asset)) files.set(asset, `worker ${asset}`);
    };
    const entry = Object.keys(manifest).find(k => manifest[k].isEntry);
    visit(entry);
    // main.tsx imports the app (and the mock) dynamically at startup: part of the first page.
    // Of the language chunks it may import, a page loads one: the bench's browser is en-GB.
    for (const dep of manifest[entry].dynamicImports ?? []) if (!/^src\/i18n\/locales\/(?!en\.)/.test(dep)) visit(dep);
    const found = [];
    const missing = [];
    for (const pattern of dynamicEntries) {
        const key = Object.keys(manifest).find(k => pattern.test(k));
        if (key) {
            visit(key);
            found.push(key);
        } else missing.push(String(pattern));
    }
    const chunks = [...files].map(([file, key]) => {
        const raw = readFileSync(join(dir, file));
        return { file, source: key, bytes: raw.length, gzip: gzipSync(raw).length };
    });
    chunks.sort((a, b) => b.gzip - a.gzip);
    return { gzip: chunks.reduce((s, c) => s + c.gzip, 0), raw: chunks.reduce((s, c) => s + c.bytes, 0), chunks, dynamic: found, missing };
};
const MERCHANT_LIST_CHUNK = /^src\/merchants\/.*List\.tsx$/;

// ------------------------------------------------------------------------- in-page helpers
/** Installed before any page script: paint-time waits and the time of the last click. */
const INIT = `(() => {
    const ROWS = ${JSON.stringify(ROWS)};
    const b = (window.__bench = { clickAt: null });
    document.addEventListener('click', e => { b.clickAt = e.timeStamp; }, true);
    const afterPaint = () => new Promise(resolve => requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
    }));
    /** Resolves with { what, at } once test() returns a truthy "what" and the frame is painted. */
    b.waitFor = (test, timeoutMs = 30000) => new Promise(resolve => {
        let done = false;
        const finish = what => {
            if (done) return;
            done = true;
            obs.disconnect();
            clearTimeout(timer);
            afterPaint().then(at => resolve({ what, at }));
        };
        const check = () => { let w; try { w = test(); } catch (e) { w = null; } if (w) finish(w); };
        const obs = new MutationObserver(check);
        obs.observe(document, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => { if (!done) { done = true; obs.disconnect(); resolve({ what: 'timeout', at: performance.now() }); } }, timeoutMs);
        check();
    });
    b.rows = () => [...document.querySelectorAll(ROWS)].filter(tr => !tr.querySelector('[class*="RaPlaceholder"], .MuiSkeleton-root'));
    b.firstRowText = () => { const r = b.rows()[0]; return r ? r.textContent : null; };
    b.missing = () => document.querySelector('[class*="RaNotFound"], [class*="RaAccessDenied"]') ? 'missing' : null;
    b.listState = () => b.rows().length > 0 ? 'rows' : b.missing();
    b.rowsChangedFrom = before => () => { const t = b.firstRowText(); return t !== null && t !== before ? 'rows' : b.missing(); };
    // Started at document creation, so a row painted before the test asks is not missed.
    b.firstRow = b.waitFor(() => b.listState(), 120000);
    b.jsTransferred = () => performance.getEntriesByType('resource')
        .filter(e => /\\.m?js(\\?|$)/.test(new URL(e.name).pathname))
        .map(e => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, encoded: e.encodedBodySize, transfer: e.transferSize }));
})();`;

const MB = 1024 * 1024;

/**
 * Follows the page's workers (the mock API's dedicated worker, MSW's service worker) so their
 * heaps count too: the console's memory is the page's plus its workers'. CDP's auto-attach in
 * non-flattened mode; each worker is then driven through Target.sendMessageToTarget.
 */
const followWorkers = async cdp => {
    const workers = new Map();
    const pending = new Map();
    let nextId = 0;
    cdp.on('Target.attachedToTarget', e => workers.set(e.sessionId, e.targetInfo));
    cdp.on('Target.detachedFromTarget', e => workers.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', e => {
        const m = JSON.parse(e.message);
        pending.get(m.id)?.(m);
        pending.delete(m.id);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const send = (sessionId, method) =>
        Promise.race([
            new Promise(resolve => {
                const id = ++nextId;
                pending.set(id, resolve);
                cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) }).catch(() => resolve(null));
            }),
            new Promise(resolve => setTimeout(() => resolve(null), 10_000)),
        ]);
    return { workers, send };
};

/** JS heap after GC in MB: { total, page, workers: { [url]: MB } }. */
const heapAfterGc = async (cdp, follower) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const workers = {};
    for (const [sessionId, info] of follower?.workers ?? []) {
        await follower.send(sessionId, 'HeapProfiler.collectGarbage');
        const reply = await follower.send(sessionId, 'Runtime.getHeapUsage');
        if (reply?.result) workers[`${info.type} ${new URL(info.url).pathname}`] = reply.result.usedSize / MB;
    }
    const page = usedSize / MB;
    return { total: page + Object.values(workers).reduce((a, b) => a + b, 0), page, workers };
};

/** heapList → heapList (page + workers), heapListPage, heapListWorkers. */
const heapFigures = (key, heap) => ({
    [key]: heap.total,
    [`${key}Page`]: heap.page,
    [`${key}Workers`]: heap.total - heap.page,
});

const waitIn = (page, fnSource, arg, timeoutMs) =>
    page.evaluate(({ fnSource, arg, timeoutMs }) => window.__bench.waitFor(new Function('b', 'arg', fnSource)(window.__bench, arg), timeoutMs), { fnSource, arg, timeoutMs });

const freshBrowser = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeward-bench-'));
    const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        headless: true,
        viewport: { width: 1440, height: 900 },
        locale: 'en-GB',
    });
    await context.addInitScript(INIT);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    const follower = await followWorkers(cdp);
    const close = async () => {
        await context.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
    };
    return { context, page, cdp, follower, errors, close };
};

/** Makes the next navigation cold: no HTTP cache, no service worker; keeps the session. */
const coldAgain = async (page, cdp) => {
    await page.evaluate(async () => {
        for (const r of (await navigator.serviceWorker?.getRegistrations()) ?? []) await r.unregister();
    });
    await page.goto('about:blank');
    await cdp.send('Network.clearBrowserCache');
};

// ------------------------------------------------------------------------- console scenarios
/** Long enough for the worker's build-ahead: 5 s of quiet, then one deferred part per turn. */
const IDLE_MS = 15_000;
let ledgerMerchant = process.env.BENCH_LEDGER_MERCHANT ?? null;
let ledgerSearched = Boolean(ledgerMerchant);

/** Setup, not measured: the merchant whose ledger has the most entries (aiming at 500). */
const findLedgerMerchant = async page =>
    page.evaluate(async () => {
        const session = JSON.parse(localStorage.getItem('tradeward.session'));
        const headers = { Authorization: `Bearer ${session.token}` };
        const counts = new Map();
        for (let start = 0; ; start += 10_000) {
            const r = await fetch(`/api/ledger-entries?range=${encodeURIComponent(JSON.stringify([start, start + 9999]))}`, { headers });
            if (!r.ok) return null;
            const rows = await r.json();
            for (const e of rows) counts.set(e.merchantId, (counts.get(e.merchantId) ?? 0) + 1);
            if (rows.length < 10_000) break;
        }
        let best = null;
        for (const [id, n] of counts) if (!best || Math.abs(n - 500) < Math.abs(best.n - 500) || (n >= 500 && best.n < 500)) best = { id, n };
        return best;
    });

const consoleRun = async (base, i) => {
    const figures = {};
    const notes = {};
    const { page, cdp, follower, errors, close } = await freshBrowser();
    try {
        // Pre-warm (not measured): first visit seeds the mock and stores the session, as for
        // an operator who signed in before. Then HTTP cache and service worker are dropped.
        await page.goto(`${base}/#/login`);
        await page.waitForSelector('input[name="username"]', { timeout: 120_000 });
        const signedIn = await page.evaluate(async user => {
            const r = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: user, password: 'demo' }) });
            if (!r.ok) return `sign-in failed: ${r.status}`;
            const { token, operator } = await r.json();
            localStorage.setItem('tradeward.session', JSON.stringify({ token, operator }));
            return 'ok';
        }, USER);
        if (signedIn !== 'ok') throw new Error(signedIn);
        if (!ledgerSearched) {
            ledgerSearched = true;
            const best = await findLedgerMerchant(page);
            if (best) {
                ledgerMerchant = best.id;
                log(`ledger scenario: ${best.id} has ${best.n} ledger entries`);
            } else log('ledger scenario: no ledger entries in the mock yet');
        }
        await coldAgain(page, cdp);

        // 1. Cold load of the merchant list.
        await page.goto(`${base}/#/merchants`, { waitUntil: 'commit' });
        const first = await page.evaluate(() => window.__bench.firstRow);
        if (first.what !== 'rows') {
            notes.list = first.what === 'missing' ? 'page #/merchants is missing (not built on this branch)' : 'no merchant row within 60 s';
            figures.jsTransferred = await jsTransferred(page);
            Object.assign(figures, heapFigures('heapList', await heapAfterGc(cdp, follower)));
            return { figures, notes, errors };
        }
        figures.firstRow = first.at;
        // When the list's request left the page and when its answer came back: the wait is the
        // mock building its seed (in its worker) plus the query; the rest is the console.
        const listRequest = await page.evaluate(() => {
            const e = performance.getEntriesByType('resource').find(r => /\/api\/merchants\?/.test(r.name));
            return e ? { sent: e.startTime, answered: e.responseEnd } : null;
        });
        if (listRequest) {
            figures.firstRowRequestSent = listRequest.sent;
            figures.firstRowApiWait = listRequest.answered - listRequest.sent;
        }
        figures.jsTransferred = await jsTransferred(page);
        if (i === 0) notes.chunks = await page.evaluate(() => window.__bench.jsTransferred());
        await page.waitForTimeout(300);
        Object.assign(figures, heapFigures('heapList', await heapAfterGc(cdp, follower)));

        // 2. Next page.
        const next = page.locator('button[aria-label="Go to next page"]').first();
        if (await next.count()) {
            const before = await page.evaluate(() => window.__bench.firstRowText());
            const waiting = waitIn(page, 'return b.rowsChangedFrom(arg)', before, 20_000);
            await next.click();
            const done = await waiting;
            const clickAt = await page.evaluate(() => window.__bench.clickAt);
            if (done.what === 'rows') figures.nextPage = done.at - clickAt;
            else notes.nextPage = `no new rows after the click (${done.what})`;
        } else notes.nextPage = 'no "Go to next page" button on the list';
        await page.waitForTimeout(200);

        // 3. Filter change (the list's URL state, as the status filter sets it; react-admin's
        //    typing debounce is a deliberate delay and is not part of the figure).
        {
            const before = await page.evaluate(() => window.__bench.firstRowText());
            const hash = `#/merchants?filter=${encodeURIComponent(JSON.stringify(FILTER))}&page=1`;
            const done = await page.evaluate(
                async ({ hash, before }) => {
                    const b = window.__bench;
                    const waiting = b.waitFor(b.rowsChangedFrom(before), 20_000);
                    const start = performance.now();
                    location.hash = hash;
                    const r = await waiting;
                    return { ...r, start };
                },
                { hash, before },
            );
            if (done.what === 'rows') figures.filter = done.at - done.start;
            else notes.filter = `no new rows after the filter change (${done.what})`;
        }
        await page.waitForTimeout(200);

        // 4. A merchant page and its ledger.
        if (ledgerMerchant) {
            const show = await page.evaluate(async id => {
                const b = window.__bench;
                const waiting = b.waitFor(
                    // The show layouts render nothing until the record is loaded.
                    () => (document.querySelector('[class*="RaTabbedShowLayout"], [class*="RaSimpleShowLayout"]') ? 'show' : b.missing()),
                    20_000,
                );
                const start = performance.now();
                location.hash = `#/merchants/${encodeURIComponent(id)}/show`;
                const r = await waiting;
                return { ...r, start };
            }, ledgerMerchant);
            if (show.what === 'show') {
                figures.merchantShow = show.at - show.start;
                const tab = page.locator('[role="tab"]').filter({ hasText: /ledger|deposit|保证金|台账|流水/i }).first();
                await tab.waitFor({ timeout: 10_000 }).catch(() => undefined);
                // Rows that were there before the click (other tabs, a summary) do not count.
                const ledgerRows = 'return () => [...document.querySelectorAll("tbody > tr:not([data-bench-old])")].some(tr => !tr.querySelector(\'[class*="RaPlaceholder"], .MuiSkeleton-root\')) ? "rows" : null';
                if (await tab.count()) {
                    await page.evaluate(() => document.querySelectorAll('tbody > tr').forEach(tr => tr.setAttribute('data-bench-old', '')));
                    const waiting = waitIn(page, ledgerRows, null, 20_000);
                    await tab.click();
                    const done = await waiting;
                    const clickAt = await page.evaluate(() => window.__bench.clickAt);
                    if (done.what === 'rows') figures.ledger = done.at - clickAt;
                    else notes.ledger = 'no ledger rows after clicking the ledger tab';
                } else notes.ledger = 'no ledger/deposit tab on the merchant page';
            } else notes.merchantShow = notes.ledger = `merchant page #/merchants/${ledgerMerchant}/show did not render (${show.what})`;
        } else notes.merchantShow = notes.ledger = 'no merchant with ledger entries in the mock (deposits not built on this branch)';
        await page.waitForTimeout(300);
        Object.assign(figures, heapFigures('heapEnd', await heapAfterGc(cdp, follower)));
        // 5. The console left alone: the mock's worker builds the seed parts nobody has read yet
        //    after 5 s of quiet (mock/worker/mockApiWorker.ts), so this is its steady state.
        await page.waitForTimeout(IDLE_MS);
        Object.assign(figures, heapFigures('heapIdle', await heapAfterGc(cdp, follower)));
        return { figures, notes, errors };
    } finally {
        await close();
    }
};

const jsTransferred = async page => {
    const entries = await page.evaluate(() => window.__bench.jsTransferred());
    return entries.reduce((s, e) => s + e.encoded, 0) / 1024;
};

// --------------------------------------------------------------------------- floor scenarios
const floorRun = async base => {
    const figures = {};
    const { page, cdp, follower, close } = await freshBrowser();
    try {
        await page.goto(`${base}/floor/#/merchants`, { waitUntil: 'commit' });
        const first = await page.evaluate(() => window.__bench.firstRow);
        if (first.what === 'rows') figures.firstRow = first.at;
        figures.jsTransferred = await jsTransferred(page);
        await page.waitForTimeout(300);
        Object.assign(figures, heapFigures('heapList', await heapAfterGc(cdp, follower)));
        {
            const before = await page.evaluate(() => window.__bench.firstRowText());
            const waiting = waitIn(page, 'return b.rowsChangedFrom(arg)', before, 20_000);
            await page.click('button[aria-label="Go to next page"]');
            const done = await waiting;
            if (done.what === 'rows') figures.nextPage = done.at - (await page.evaluate(() => window.__bench.clickAt));
        }
        {
            const before = await page.evaluate(() => window.__bench.firstRowText());
            const hash = `#/merchants?filter=${encodeURIComponent(JSON.stringify(FILTER))}&page=1`;
            const done = await page.evaluate(async ({ hash, before }) => {
                const b = window.__bench;
                const waiting = b.waitFor(b.rowsChangedFrom(before), 20_000);
                const start = performance.now();
                location.hash = hash;
                return { ...(await waiting), start };
            }, { hash, before });
            if (done.what === 'rows') figures.filter = done.at - done.start;
        }
        {
            const show = await page.evaluate(async () => {
                const b = window.__bench;
                const waiting = b.waitFor(() => (document.querySelector('tbody.ledger-body > tr') ? 'rows' : null), 20_000);
                const start = performance.now();
                location.hash = '#/merchants/m-00001/show';
                return { ...(await waiting), start };
            });
            if (show.what === 'rows') {
                figures.merchantShow = show.at - show.start;
                figures.ledger = figures.merchantShow;
            }
        }
        await page.waitForTimeout(300);
        Object.assign(figures, heapFigures('heapEnd', await heapAfterGc(cdp, follower)));
        return { figures };
    } finally {
        await close();
    }
};

// ------------------------------------------------------------------------------- statistics
const stats = values => {
    const v = values.filter(x => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
    if (v.length === 0) return null;
    const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    return { median, min: v[0], max: v[v.length - 1], values: v };
};

const fmt = (x, unit) => (x === null || x === undefined ? '—' : unit === 'KB' ? x.toFixed(1) : unit === 'MB' ? x.toFixed(1) : x < 10 ? x.toFixed(2) : x.toFixed(0));

// ------------------------------------------------------------------------------------- main
const main = async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
    if (!SKIP_BUILD) build();
    const started = new Date().toISOString();
    const bundleMock = firstPageJs(join(out, 'mock'), [MERCHANT_LIST_CHUNK]);
    const bundleReal = firstPageJs(join(out, 'real'), [MERCHANT_LIST_CHUNK]);
    const bundleFloor = firstPageJs(join(out, 'floor'), []);

    log('timing the mock list query in Node…');
    const nodeRun = spawnSync(process.execPath, [join(out, 'node', 'query-bench.js')], { cwd: root, encoding: 'utf8', maxBuffer: 16 * MB });
    if (nodeRun.status !== 0) throw new Error(`query bench failed:\n${nodeRun.stderr}`);
    const node = JSON.parse(nodeRun.stdout.trim().split('\n').pop());

    const server = await serve([
        { prefix: '/floor/', dir: join(out, 'floor') },
        { prefix: '/', dir: join(out, 'mock') },
    ], { port: Number(arg('port', 0)) });
    log(`serving on ${server.url}`);
    const consoleRuns = [];
    const floorRuns = [];
    try {
        for (let i = 0; i < RUNS; i++) {
            log(`run ${i + 1}/${RUNS}: floor page`);
            floorRuns.push(await floorRun(server.url));
            log(`run ${i + 1}/${RUNS}: console`);
            consoleRuns.push(await consoleRun(server.url, i));
        }
    } finally {
        await server.close();
    }

    const chromiumVersion = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    const results = {
        started,
        finished: new Date().toISOString(),
        runs: RUNS,
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavgAtEnd: loadavg(), node: process.version, chromium: chromiumVersion },
        method: {
            coldRun: 'fresh Chromium user-data-dir per run; pre-warm visit signs in through the API (session in localStorage, mock overlay in IndexedDB), then service worker unregistered and HTTP cache cleared before the measured navigation',
            paint: 'MutationObserver until the condition holds, then requestAnimationFrame + MessageChannel (after the frame is painted)',
            clicks: 'real Playwright clicks; start = the click event timeStamp',
            filter: `location.hash set to the list URL with filter ${JSON.stringify(FILTER)} (react-admin's filter-input debounce excluded)`,
            heap: 'CDP HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage().usedSize, for the page and for each of its workers (auto-attached: the mock API worker holding the data, MSW\'s service worker); the figure is the sum',
            jsModuleGraph: 'entry + its static and startup (dynamic) imports (app, mock) + the src/merchants/*List.tsx chunk, each with its static imports; gzip level 6',
        },
        bundles: { mock: bundleMock, real: bundleReal, floor: bundleFloor },
        node,
        scenarios: {},
        notes: consoleRuns.map(r => r.notes),
        pageErrors: [...new Set(consoleRuns.flatMap(r => r.errors ?? []))],
    };

    const headline = node.queries[0];
    for (const s of SCENARIOS) {
        let consoleStats = null;
        let floorStats = null;
        let skipped = null;
        if (s.key === 'jsMock') {
            consoleStats = stats([bundleMock.gzip / 1024]);
            floorStats = stats([bundleFloor.gzip / 1024]);
            if (bundleMock.missing.length) skipped = `partial: no chunk for ${bundleMock.missing.join(', ')} (list page not built) — figure is shell + mock only`;
        } else if (s.key === 'jsReal') {
            consoleStats = stats([bundleReal.gzip / 1024]);
            floorStats = stats([bundleFloor.gzip / 1024]);
            if (bundleReal.missing.length) skipped = `partial: no chunk for ${bundleReal.missing.join(', ')} (list page not built) — figure is the shell only`;
        } else if (s.key === 'queryNode') {
            consoleStats = { median: headline.medianMs, min: headline.minMs, max: headline.maxMs, values: [] };
        } else if (s.key === 'queryNodeNewFilter' || s.key === 'queryNodeCold' || s.key === 'queryNodeRebuild') {
            // The slowest query's median (min and max of that query's runs).
            const kind = { queryNodeNewFilter: 'newFilter', queryNodeCold: 'cold', queryNodeRebuild: 'rebuild' }[s.key];
            const slowest = node.queries.map(q => q[kind]).reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
            consoleStats = { median: slowest.medianMs, min: slowest.minMs, max: slowest.maxMs, values: [] };
        } else if (s.key === 'seedNode') {
            consoleStats = stats([node.seedMs]);
        } else if (s.key === 'seedNodeCpu') {
            consoleStats = stats([node.seedCpuMs]);
        } else if (s.key === 'seedDeferredNode') {
            consoleStats = stats([node.deferredSeedMs]);
        } else {
            consoleStats = stats(consoleRuns.map(r => r.figures[s.key]));
            floorStats = stats(floorRuns.map(r => r.figures[s.key]));
            if (!consoleStats) skipped = [...new Set(consoleRuns.map(r => r.notes[s.key] ?? r.notes.list).filter(Boolean))].join('; ') || 'not measured';
        }
        const ratio = consoleStats && floorStats && floorStats.median > 0 ? consoleStats.median / floorStats.median : null;
        const status = !consoleStats ? 'SKIPPED' : s.target === null ? 'info' : consoleStats.median <= s.target ? (skipped ? 'partial' : 'ok') : 'OVER';
        results.scenarios[s.key] = { label: s.label, unit: s.unit, target: s.target, console: consoleStats, floor: floorStats, ratioToFloor: ratio, status, note: skipped };
    }

    // The table.
    const rows = [['Scenario', 'Target', 'Median', 'Min', 'Max', 'Floor', '×Floor', 'Status']];
    for (const s of SCENARIOS) {
        const r = results.scenarios[s.key];
        const c = r.console;
        rows.push([
            `${s.label} (${s.unit})`,
            s.target === null ? '—' : `≤ ${s.target}`,
            fmt(c?.median, s.unit),
            fmt(c?.min, s.unit),
            fmt(c?.max, s.unit),
            fmt(r.floor?.median, s.unit),
            r.ratioToFloor === null ? '—' : `${r.ratioToFloor.toFixed(1)}×`,
            r.status,
        ]);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)));
    const line = r => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
    const table = [line(rows[0]), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
    results.table = table;

    const extra = [
        '',
        `Bundles (gzip): mock first page ${(bundleMock.gzip / 1024).toFixed(1)} KB in ${bundleMock.chunks.length} chunks; real-API first page ${(bundleReal.gzip / 1024).toFixed(1)} KB; floor ${(bundleFloor.gzip / 1024).toFixed(1)} KB.`,
        ...bundleMock.chunks.map(c => `  mock  ${(c.gzip / 1024).toFixed(1).padStart(7)} KB  ${c.file}  (${c.source})`),
        ...bundleReal.chunks.map(c => `  real  ${(c.gzip / 1024).toFixed(1).padStart(7)} KB  ${c.file}  (${c.source})`),
        '',
        `Node: large seed ${node.seedMs.toFixed(0)} ms wall before the first answer (${node.seedCpuMs.toFixed(0)} ms CPU), ${node.deferredSeedMs.toFixed(0)} ms for the deferred parts; list queries, medians in ms (warm: no write since the last query; new filter; after a write: an audit entry only / a merchant edited / a penalty proposed; every cache dropped):`,
        ...node.queries.map(
            q =>
                `  warm ${q.medianMs.toFixed(1).padStart(6)}  new filter ${q.newFilter.medianMs.toFixed(1).padStart(6)}  after write ${q.afterOtherWrite.medianMs.toFixed(1).padStart(6)} / ${q.cold.medianMs.toFixed(1).padStart(6)} / ${q.afterPenaltyWrite.medianMs.toFixed(1).padStart(6)}  rebuild ${q.rebuild.medianMs.toFixed(1).padStart(6)}  ${q.name}  [${q.contentRange}]`,
        ),
        '',
        ...SCENARIOS.filter(s => results.scenarios[s.key].note).map(s => `Note — ${s.label}: ${results.scenarios[s.key].note}`),
        ...(results.pageErrors.length ? ['', 'Page errors seen:', ...results.pageErrors.map(e => `  ${e}`)] : []),
        '',
        `${RUNS} cold runs, ${results.machine.cpus} cores (${results.machine.cpuModel}), load average at end ${results.machine.loadavgAtEnd.map(x => x.toFixed(2)).join(' ')}, ${chromiumVersion}.`,
    ].join('\n');
    console.log(`\n${table}\n${extra}\n`);
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log('wrote bench/results/latest.json');
};

main().catch(error => {
    console.error(error);
    process.exit(1);
});
