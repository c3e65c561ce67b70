// `npm run api`: the mock API as a real HTTP server on 127.0.0.1. Each Node request becomes a
// Fetch Request handed to the same buildMockApi(...).handle() the browser worker and the tests
// use (one code path), and the Fetch Response is written back. Data lives in data/ (one JSON
// file per seed size, written atomically by FilePersistence). CORS answers the console's
// origins only.
//
//   node --import tsx mock/http/server.ts [--port 8787] [--host 127.0.0.1] [--seed-size default]
//        [--data-dir data] [--cors-origins http://127.0.0.1:5173,...]
// Environment: PORT, HOST, SEED_SIZE, DATA_DIR, CORS_ORIGINS (the flags win).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildMockApi } from '../api';
import type { SeedSize } from '../core/db';
import { FilePersistence } from '../core/filePersistence';
import type { MockApi } from '../core/server';

export const DEFAULT_CORS_ORIGINS = [
    // vite dev server (npm start)
    'http://127.0.0.1:5173',
    'http://localhost:5173',
    // vite preview and the e2e runner's default port
    'http://127.0.0.1:4173',
    'http://localhost:4173',
];

export const CORS_ALLOW_METHODS = 'GET, POST, PUT, DELETE';
export const CORS_ALLOW_HEADERS = 'Range, Authorization, Idempotency-Key, Content-Type';
export const CORS_EXPOSE_HEADERS = 'Content-Range, Content-Disposition';
/** Uploads are limited by the platform setting (default 10 MB); this only stops abuse. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface ApiServerOptions {
    port: number;
    host: string;
    seedSize: SeedSize;
    dataDir: string;
    corsOrigins: string[];
}

const SEED_SIZES: SeedSize[] = ['small', 'default', 'large'];

/** Reads flags (`--port 8787` or `--port=8787`) and the environment. */
export const parseOptions = (argv: string[], env: NodeJS.ProcessEnv): ApiServerOptions => {
    const flags = new Map<string, string>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) continue;
        const eq = arg.indexOf('=');
        if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
        else flags.set(arg.slice(2), argv[++i] ?? '');
    }
    const pick = (flag: string, name: string) => flags.get(flag) ?? env[name];
    const port = Number(pick('port', 'PORT') ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${pick('port', 'PORT')}"`);
    const seedSize = (pick('seed-size', 'SEED_SIZE') ?? 'default') as SeedSize;
    if (!SEED_SIZES.includes(seedSize)) throw new Error(`--seed-size must be one of ${SEED_SIZES.join(', ')}`);
    const origins = pick('cors-origins', 'CORS_ORIGINS');
    return {
        port,
        host: pick('host', 'HOST') ?? '127.0.0.1',
        seedSize,
        dataDir: resolve(pick('data-dir', 'DATA_DIR') ?? 'data'),
        corsOrigins: origins
            ? origins
                  .split(',')
                  .map(o => o.trim().replace(/\/$/, ''))
                  .filter(Boolean)
            : DEFAULT_CORS_ORIGINS,
    };
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolveBody, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(Object.assign(new Error('body too large'), { status: 413 }));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolveBody(Buffer.concat(chunks)));
        req.on('error', reject);
    });

/** Node request -> Fetch Request (the mock's input). */
export const toFetchRequest = async (req: IncomingMessage, origin: string): Promise<Request> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        if (Array.isArray(value)) value.forEach(v => headers.append(name, v));
        else headers.set(name, value);
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    return new Request(new URL(req.url ?? '/', origin), {
        method,
        headers,
        body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    });
};

const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
};

export const createApiServer = (api: MockApi, options: Pick<ApiServerOptions, 'corsOrigins'>): Server => {
    const allowed = new Set(options.corsOrigins);
    return createServer(async (req, res) => {
        const origin = req.headers.origin;
        const cors: Record<string, string> = {};
        if (origin && allowed.has(origin)) {
            cors['Access-Control-Allow-Origin'] = origin;
            cors['Access-Control-Expose-Headers'] = CORS_EXPOSE_HEADERS;
        }
        if (origin) cors.Vary = 'Origin';
        try {
            if (req.method === 'OPTIONS') {
                // CORS preflight: answered here, never by a route.
                if (origin && !allowed.has(origin)) {
                    sendJson(res, 403, { message: `Origin ${origin} is not allowed; start the server with --cors-origins including it.` }, cors);
                    return;
                }
                res.writeHead(204, {
                    ...cors,
                    'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
                    'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
                    'Access-Control-Max-Age': '600',
                    Allow: CORS_ALLOW_METHODS,
                });
                res.end();
                return;
            }
            const request = await toFetchRequest(req, `http://${req.headers.host ?? '127.0.0.1'}`);
            const response = await api.handle(request);
            const headers: Record<string, string> = {};
            response.headers.forEach((value, name) => {
                headers[name] = value;
            });
            // The core adds Expose-Headers for the browser worker; CORS here is per origin.
            delete headers['access-control-expose-headers'];
            delete headers['content-length']; // set below from the bytes actually sent
            const bytes = Buffer.from(await response.arrayBuffer());
            res.writeHead(response.status, { ...headers, ...cors, 'Content-Length': String(bytes.length) });
            res.end(bytes);
        } catch (error) {
            const status = (error as { status?: number }).status ?? 500;
            if (res.headersSent) {
                res.destroy();
                return;
            }
            sendJson(
                res,
                status,
                { message: status === 413 ? `The request body is larger than ${MAX_BODY_BYTES} bytes.` : `The server failed: ${(error as Error).message}` },
                cors,
            );
        }
    });
};

const alive = (pid: number) => {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
};

/**
 * One server per data file: two would overwrite each other's changes. The lock file holds the
 * owner's pid; a lock left by a process that no longer runs (killed) is taken over.
 */
export const lockDataFile = (dataFile: string): (() => void) => {
    const lock = `${dataFile}.lock`;
    mkdirSync(resolve(dataFile, '..'), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const fd = openSync(lock, 'wx');
            writeSync(fd, String(process.pid));
            closeSync(fd);
            let released = false;
            return () => {
                if (released) return;
                released = true;
                rmSync(lock, { force: true });
            };
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            const owner = Number(readFileSync(lock, 'utf8').trim());
            if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))
                throw new Error(`another server (pid ${owner}) is using ${dataFile}; stop it, or give this one its own --data-dir.`);
            rmSync(lock, { force: true });
        }
    }
    throw new Error(`could not lock ${dataFile}`);
};

export const startApiServer = async (options: ApiServerOptions) => {
    const dataFile = join(options.dataDir, `mock-${options.seedSize}.json`);
    const unlock = lockDataFile(dataFile);
    process.once('exit', unlock);
    const persistence = new FilePersistence(dataFile);
    const api = buildMockApi(persistence, options.seedSize);
    await api.ready;
    const server = createApiServer(api, options);
    await new Promise<void>((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolveListen());
    });
    server.once('close', unlock);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return { api, server, port, persistence };
};

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
    try {
        const options = parseOptions(process.argv.slice(2), process.env);
        const { server, port, persistence } = await startApiServer(options);
        console.log(`Tradeward mock API listening on http://${options.host}:${port}/api`);
        console.log(`  data: ${persistence.path} (seed size ${options.seedSize})`);
        console.log(`  CORS origins: ${options.corsOrigins.join(', ')}`);
        const stop = () => {
            server.close(() => process.exit(0));
            server.closeAllConnections();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    } catch (error) {
        console.error(`Could not start the mock API: ${(error as Error).message}`);
        process.exit(1);
    }
}
