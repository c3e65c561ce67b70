// The mock API as a function Request -> Response. It authenticates, runs writes one at a time
// in a transaction (all or nothing), runs time-based sweeps on the mock clock, persists what
// changed before answering, and turns every failure into a JSON error a person can act on.
import type { Operator } from '../../src/domain';
import { Ctx, type CacheEntry } from './context';
import { Database, type SeedSize } from './db';
import { ApiError, unauthorized } from './errors';
import { applyOverlay, takeDelta, type Persistence } from './persistence';
import { Router, type Reply, type Route } from './router';

export const API_PREFIX = '/api';

/** Time-based transitions (expiry, lapse) applied "with no one acting", before each request. */
export type Sweeper = (ctx: Ctx) => void;

export interface MockApiOptions {
    persistence: Persistence;
    seedSize?: SeedSize;
    seed: (db: Database) => void;
    routes: Route[];
    sweepers?: Sweeper[];
    /** Clock at first start, so the deterministic seed reads as "recent". */
    initialNow: string;
    seedVersion: number;
    /** Builds what list queries would otherwise build on first use (MockApi.prepare). */
    prepare?: (ctx: Ctx) => void;
}

export interface MockApi {
    handle(request: Request): Promise<Response>;
    readonly db: Database;
    readonly router: Router;
    ready: Promise<void>;
    reset(): Promise<void>;
    /**
     * Builds the indexes list queries would build on first use (options.prepare), between
     * requests; a no-op for those already built for the data as it is. Called by the browser
     * worker when the console is quiet.
     */
    prepare(): Promise<void>;
}

const CORS_HEADERS = {
    'Access-Control-Expose-Headers': 'Content-Range, Content-Disposition',
};

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...CORS_HEADERS, ...headers },
    });

export const createMockApi = (options: MockApiOptions): MockApi => {
    const router = new Router();
    router.add(...options.routes);
    const cache = new Map<string, CacheEntry>();
    let db: Database;
    let queue: Promise<unknown> = Promise.resolve();
    /** One write at a time: no interleaving between an idempotency check and its insert. */
    const exclusive = <R>(fn: () => Promise<R>): Promise<R> => {
        const run = queue.then(fn, fn);
        queue = run.catch(() => undefined);
        return run;
    };

    const fresh = (): Database => {
        const d = new Database({
            clockOffsetMs: Date.parse(options.initialNow) - Date.now(),
            seedSize: options.seedSize ?? 'default',
            seedVersion: options.seedVersion,
            counters: {},
        });
        options.seed(d);
        return d;
    };

    const boot = async () => {
        // The stored changes are read while the seed is generated: neither waits for the other
        // (issue 8; the seed does not depend on them, they are applied on top).
        const loading = options.persistence.load();
        const seeded = fresh();
        const stored = await loading;
        db = seeded;
        if (stored && stored.meta.seedVersion === options.seedVersion && stored.meta.seedSize === (options.seedSize ?? 'default')) {
            db.meta = stored.meta;
            applyOverlay(db, stored);
        } else {
            if (stored) await options.persistence.clear();
            await options.persistence.save(takeDelta(db));
        }
        db.dirty.clear();
        db.dirtyBlobs.clear();
    };

    const ready = boot();

    const authenticate = (request: Request): Operator | null => {
        const header = request.headers.get('Authorization');
        // <img>/<iframe> cannot send headers: file downloads may carry the token in the query.
        const queryToken = request.method === 'GET' ? new URL(request.url).searchParams.get('access_token') : null;
        const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : queryToken;
        if (!token) return null;
        const session = db.sessions.get(token);
        if (!session) return null;
        const operator = db.get<Operator>('operators', session.operatorId);
        return operator?.active ? operator : null;
    };

    const readBody = async (request: Request): Promise<unknown> => {
        if (request.method === 'GET' || request.method === 'DELETE' || request.method === 'HEAD') return undefined;
        const type = request.headers.get('Content-Type') ?? '';
        if (type.includes('multipart/form-data')) {
            try {
                return await request.formData();
            } catch {
                throw new ApiError(400, 'The upload could not be read as multipart/form-data.');
            }
        }
        const text = await request.text();
        if (!text) return {};
        try {
            return JSON.parse(text);
        } catch {
            throw new ApiError(400, 'The request body is not valid JSON.');
        }
    };

    const runSweepers = async () => {
        if (!options.sweepers?.length) return;
        const ctx = new Ctx(db, new Request('http://mock/sweep'), new URL('http://mock/sweep'), null, undefined, cache);
        await db.transaction(() => options.sweepers!.forEach(s => s(ctx)));
        if (db.dirty.size || db.dirtyBlobs.size) await options.persistence.save(takeDelta(db));
    };

    const toResponse = (reply: Reply): Response => {
        if (reply.bytes) {
            return new Response(reply.bytes as unknown as BodyInit, { status: reply.status ?? 200, headers: { ...CORS_HEADERS, ...reply.headers } });
        }
        return jsonResponse(reply.status ?? 200, reply.body, reply.headers);
    };

    const handle = async (request: Request): Promise<Response> => {
        try {
            await ready;
            const url = new URL(request.url);
            const prefixAt = url.pathname.indexOf(API_PREFIX);
            const path = prefixAt >= 0 ? url.pathname.slice(prefixAt + API_PREFIX.length) || '/' : url.pathname;
            const method = request.method.toUpperCase();
            const matched = router.match(method, path);
            if ('allowed' in matched) {
                if (matched.allowed.length === 0) throw new ApiError(404, `No endpoint ${method} ${path}. Check the URL against the API document.`);
                return jsonResponse(
                    405,
                    { message: `${method} is not allowed on ${path}; allowed: ${matched.allowed.join(', ')}.` },
                    { Allow: matched.allowed.join(', ') },
                );
            }
            const { route, params } = matched;
            const body = await readBody(request);
            const run = async () => {
                await runSweepers();
                const operator = authenticate(request);
                if (!route.public && !operator) throw unauthorized();
                const ctx = new Ctx(db, request, url, operator, body, cache);
                ctx.params = params;
                if (!route.write) return toResponse(await route.handler(ctx));
                const reply = await db.transaction(() => route.handler(ctx));
                if (ctx.resetRequested) {
                    await doReset();
                    // The reset itself is the first entry of the fresh audit log.
                    const after = new Ctx(db, request, url, operator, body, cache);
                    await db.transaction(() => after.audit({ action: 'reset-demo-data', resource: 'system', recordId: null, reason: 'Demo data restored to the seed' }));
                }
                await options.persistence.save(takeDelta(db));
                return toResponse(reply);
            };
            return await exclusive(run);
        } catch (error) {
            if (error instanceof ApiError) {
                return jsonResponse(error.status, {
                    message: error.message,
                    ...(error.errors ? { errors: error.errors } : {}),
                    ...(error.rule ? { rule: error.rule } : {}),
                }, error.headers);
            }
            console.error('[mock api] unexpected error', error);
            return jsonResponse(500, { message: `The mock API failed unexpectedly: ${(error as Error)?.message ?? error}. Nothing was saved.` });
        }
    };

    const doReset = async () => {
        await options.persistence.clear();
        const sessions = db.sessions;
        db = fresh();
        db.sessions = sessions;
        cache.clear();
        await options.persistence.save(takeDelta(db));
    };
    const reset = () => exclusive(doReset);
    const prepare = () =>
        exclusive(async () => {
            await ready;
            options.prepare?.(new Ctx(db, new Request('http://mock/prepare'), new URL('http://mock/prepare'), null, undefined, cache));
        });

    return {
        handle,
        get db() {
            return db;
        },
        router,
        ready,
        reset,
        prepare,
    };
};
