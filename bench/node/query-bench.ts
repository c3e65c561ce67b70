// The mock's list queries over the large seed, timed in Node (no browser): what one
// GET /merchants costs the in-browser mock, without the service worker hop. Prints JSON.
// Bundled by bench/run.mjs with `vite build --ssr` so it runs the same TypeScript the
// browser does.
import { buildMockApi } from '../../mock/api';
import { MemoryPersistence } from '../../mock/core/persistence';

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 40);
const WARMUP = 5;
/** Cold runs rebuild every per-version index of the merged console (~0.5–1 s each): fewer. */
const COLD_RUNS = Number(process.env.BENCH_QUERY_COLD_RUNS ?? 7);

const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const listUrl = (resource: string, filter: object, sort: [string, 'ASC' | 'DESC'], range: [number, number] = [0, 24]) =>
    `http://bench.local/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}`;

/** The list queries an operator's screens send; the first is the headline figure. */
const QUERIES: Array<{ name: string; url: string }> = [
    { name: 'merchants: status=active, sort nameEn ASC', url: listUrl('merchants', { status: 'active' }, ['nameEn', 'ASC']) },
    { name: 'merchants: no filter, sort registeredAt DESC', url: listUrl('merchants', {}, ['registeredAt', 'DESC']) },
    { name: 'merchants: no filter, sort id ASC, page 40', url: listUrl('merchants', {}, ['id', 'ASC'], [975, 999]) },
    { name: 'merchants: q="huarui", sort registeredAt DESC', url: listUrl('merchants', { q: 'huarui' }, ['registeredAt', 'DESC']) },
    { name: 'merchants: status in [pending_review, info_requested], sort submittedAt ASC', url: listUrl('merchants', { status: ['pending_review', 'info_requested'] }, ['submittedAt', 'ASC']) },
    { name: 'merchants: province=广东省, sort nameZh ASC', url: listUrl('merchants', { province: '广东省' }, ['nameZh', 'ASC']) },
];

const main = async () => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const api = buildMockApi(new MemoryPersistence(), 'large');
    await api.ready;
    const seedMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // CPU time of this process: what the seed costs, less disturbed by other load on the machine.
    const seedCpuMs = (cpu.user + cpu.system) / 1000;
    // The parts the mock builds on first use or when idle (Database.defer): timed apart.
    const t1 = performance.now();
    api.db.generateAllDeferred();
    const deferredSeedMs = performance.now() - t1;
    const counts = Object.fromEntries(api.db.resources().map(r => [r, api.db.all(r).length]));

    const login = await api.handle(
        new Request('http://bench.local/api/auth/login', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'li.na', password: 'demo' }),
        }),
    );
    const { token } = (await login.json()) as { token: string };
    const headers = { Authorization: `Bearer ${token}` };

    /**
     * warm: the same query again with no write in between (paging, re-sorting, the list
     * refetching): per-version indexes are reused. cold: as if a write had just happened
     * (db.version bumped before each run), so every ctx.cached index is rebuilt first.
     */
    const time = async (url: string, cold: boolean) => {
        const times: number[] = [];
        let contentRange = '';
        let status = 0;
        const warmup = cold ? 1 : WARMUP;
        for (let i = 0; i < warmup + (cold ? COLD_RUNS : RUNS); i++) {
            if (cold) api.db.version++;
            const start = performance.now();
            const response = await api.handle(new Request(url, { headers }));
            await response.text();
            const ms = performance.now() - start;
            status = response.status;
            contentRange = response.headers.get('Content-Range') ?? '';
            if (i >= warmup) times.push(ms);
        }
        return { status, contentRange, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
    };
    const results = [];
    for (const q of QUERIES) {
        const warm = await time(q.url, false);
        const cold = await time(q.url, true);
        results.push({ name: q.name, status: warm.status, contentRange: warm.contentRange, ...warm, cold, runs: RUNS });
    }
    process.stdout.write(`${JSON.stringify({ seedMs, seedCpuMs, deferredSeedMs, counts, queries: results })}\n`);
};

main().catch(error => {
    console.error(error);
    process.exit(1);
});
