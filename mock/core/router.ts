// A small router over Fetch API Requests, so the same handlers serve MSW in the browser,
// msw/node in tests, and a plain Node HTTP server.
import type { Ctx } from './context';
import { ApiError } from './errors';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Reply {
    status?: number;
    body?: unknown;
    headers?: Record<string, string>;
    /** Raw bytes (file downloads). */
    bytes?: Uint8Array;
}

export interface Route {
    method: Method;
    /** Path below the API root, with :params, e.g. "/merchants/:id/decisions". */
    path: string;
    /** Signed-out access (sign-in). */
    public?: boolean;
    /** Writes run one at a time in a transaction that rolls back on error. */
    write?: boolean;
    /** For documentation and the OpenAPI check: what the route does. */
    summary: string;
    /** The route exists only to refuse with a 405 and a reason (e.g. PUT on the audit log). */
    refuses?: boolean;
    handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

interface CompiledRoute extends Route {
    regex: RegExp;
    keys: string[];
}

export class Router {
    private routes: CompiledRoute[] = [];

    add(...routes: Route[]) {
        for (const route of routes) {
            const keys: string[] = [];
            // Literal parts match literally ("/openapi.json": the dot is not "any character").
            const pattern = route.path
                .split(/(:[A-Za-z]+)/)
                .map(part => {
                    if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                    keys.push(part.slice(1));
                    return '([^/]+)';
                })
                .join('');
            this.routes.push({ ...route, regex: new RegExp(`^${pattern}/?$`), keys });
        }
    }

    list(): Route[] {
        return this.routes.map(({ regex: _r, keys: _k, ...route }) => route);
    }

    /** The route for a method and path, or which methods the path allows (for a 405). */
    match(method: string, path: string): { route: CompiledRoute; params: Record<string, string> } | { allowed: string[] } {
        const allowed: string[] = [];
        // Literal segments win over :params ("/merchants/queue" before "/merchants/:id").
        let best: { route: CompiledRoute; params: Record<string, string>; score: number } | null = null;
        for (const route of this.routes) {
            const m = route.regex.exec(path);
            if (!m) continue;
            if (route.method !== method) {
                if (!route.refuses) allowed.push(route.method);
                continue;
            }
            const score = -route.keys.length;
            if (!best || score > best.score) {
                const params: Record<string, string> = {};
                route.keys.forEach((k, i) => {
                    try {
                        params[k] = decodeURIComponent(m[i + 1]);
                    } catch {
                        throw new ApiError(400, `The path segment "${m[i + 1]}" is not validly URL-encoded.`);
                    }
                });
                best = { route, params, score };
            }
        }
        return best ?? { allowed: [...new Set(allowed)] };
    }
}
