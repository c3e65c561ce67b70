// The mock's list queries over the large seed, timed in Node (no browser): what one
// GET /merchants costs the in-browser mock, without the service worker hop. Prints JSON.
// Bundled by bench/run.mjs with `vite build --ssr` so it runs the same TypeScript the
// browser does.
import { buildMockApi } from '../../mock/api';
import { MemoryPersistence } from '../../mock/core/persistence';

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 40);
const WARMUP = 5;
/** Runs right after a write (or a filter change): each is preceded by an untimed write. */
const COLD_RUNS = Number(process.env.BENCH_QUERY_COLD_RUNS ?? 15);
/** Runs with every cache dropped rebuild every index of the merged console (~0.3–1 s each): fewer. */
const REBUILD_RUNS = Number(process.env.BENCH_QUERY_REBUILD_RUNS ?? 5);

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

    const post = async (path: string, body: unknown, method = 'POST') => {
        const response = await api.handle(
            new Request(`http://bench.local/api${path}`, { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
        );
        const text = await response.text();
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    };
    const merchants = api.db.all<{ id: string; status: string; nameEn: string }>('merchants');
    const penalised = new Set(api.db.all<{ merchantId: string }>('penalties').map(p => p.merchantId));
    const active = merchants.filter(m => m.status === 'active' && !penalised.has(m.id));
    const today = ((await (await api.handle(new Request('http://bench.local/api/clock', { headers }))).json()) as { today: string }).today;
    let writes = 0;
    /** Writes an operator makes between two list requests; none is timed. */
    const WRITES = {
        /** Another resource only: revealing contact data writes an audit entry (R-PRV-1). */
        other: () => post(`/merchants/${active[writes % active.length].id}/reveal-contact`, { reason: 'Benchmark: checking the phone number' }),
        /** A merchant: its English name edited (moves it in the nameEn order, changes its search text). */
        merchant: () => {
            const m = active[writes % 50];
            return post(`/merchants/${m.id}`, { nameEn: `${merchants.find(x => x.id === m.id)!.nameEn.replace(/ \(\d+\)$/, '')} (${writes})` }, 'PUT');
        },
        /** Penalties: a proposal (R-PEN-2), which the derived status reads (R-PEN-10). */
        penalty: () =>
            post('/penalties', {
                merchantId: active[100 + (writes % 500)].id,
                ground: { kind: 'rule', code: 'prohibited_listings', description: 'Benchmark: repeated listings of a prohibited item.' },
                measures: [{ type: 'warning' }],
                startsOn: today,
                endsOn: null,
                publish: false,
                note: '',
            }),
        /** Not a write: every cache dropped (db.version set by hand), as after a reset or a clock move. */
        rebuild: async () => {
            api.db.version++;
        },
    };
    type Before = keyof typeof WRITES | 'none' | 'evict';
    /** Sixteen other searches, so the query's filtered result is no longer kept (a filter change). */
    const evict = async () => {
        for (let i = 0; i < 16; i++) {
            const r = await api.handle(new Request(listUrl('merchants', { q: `evict${i}-${writes}` }, ['registeredAt', 'DESC']), { headers }));
            await r.text();
        }
    };

    /**
     * warm: the same query again with no write in between (paging, the list refetching).
     * newFilter: the query after sixteen others, so its filtered result is not kept but the
     * sorted orders and columns are (a filter change). After a write: other (audit log only),
     * merchant (an edit), penalty (a proposal), rebuild (every cache dropped).
     */
    const time = async (url: string, before: Before, runs: number, warmup: number) => {
        const times: number[] = [];
        const cpuTimes: number[] = [];
        let contentRange = '';
        let status = 0;
        for (let i = 0; i < warmup + runs; i++) {
            writes++;
            if (before === 'evict') await evict();
            else if (before !== 'none') await WRITES[before]();
            const cpu = process.cpuUsage();
            const start = performance.now();
            const response = await api.handle(new Request(url, { headers }));
            await response.text();
            const ms = performance.now() - start;
            const used = process.cpuUsage(cpu);
            status = response.status;
            contentRange = response.headers.get('Content-Range') ?? '';
            if (i >= warmup) {
                times.push(ms);
                cpuTimes.push((used.user + used.system) / 1000);
            }
        }
        return { status, contentRange, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), cpuMedianMs: median(cpuTimes) };
    };
    const results = [];
    for (const q of QUERIES) {
        const warm = await time(q.url, 'none', RUNS, WARMUP);
        const newFilter = await time(q.url, 'evict', COLD_RUNS, 1);
        const afterOtherWrite = await time(q.url, 'other', COLD_RUNS, 1);
        // "cold" (the bench table's "right after a write"): after an edit of a merchant.
        const cold = await time(q.url, 'merchant', COLD_RUNS, 1);
        const afterPenaltyWrite = await time(q.url, 'penalty', COLD_RUNS, 1);
        const rebuild = await time(q.url, 'rebuild', REBUILD_RUNS, 1);
        results.push({ name: q.name, status: warm.status, contentRange: warm.contentRange, ...warm, newFilter, afterOtherWrite, cold, afterPenaltyWrite, rebuild, runs: RUNS });
    }
    process.stdout.write(`${JSON.stringify({ seedMs, seedCpuMs, deferredSeedMs, counts, queries: results })}\n`);
};

main().catch(error => {
    console.error(error);
    process.exit(1);
});
