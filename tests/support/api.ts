// Mock-API tests through msw/node: the real handlers, an in-memory store, fetch() as a client.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { SeedSize } from '../../mock/core/db';
import { createNodeMockServer } from '../../mock/node';

export const API = 'http://localhost/api';

export const USERS = {
    compliance: 'li.na',
    service: 'wang.fang',
    financeA: 'zhang.wei',
    financeB: 'liu.yang',
    supervisor: 'chen.jing',
} as const;
export type UserKey = keyof typeof USERS;

export interface ApiResult<T = any> {
    status: number;
    headers: Headers;
    body: T;
}

/**
 * Starts the mock API for the current test file. Each file gets its own data; call
 * `reset()` in a beforeEach when tests must not see each other's writes.
 */
export const useMockApi = (seedSize: SeedSize = 'small') => {
    const { api, server } = createNodeMockServer(seedSize);
    const tokens = new Map<string, string>();
    beforeAll(async () => {
        server.listen({ onUnhandledRequest: 'error' });
        await api.ready;
    });
    afterEach(() => server.resetHandlers());
    afterAll(() => server.close());

    const request = async <T = any>(
        method: string,
        path: string,
        options: { as?: UserKey | null; body?: unknown; headers?: Record<string, string>; form?: FormData } = {},
    ): Promise<ApiResult<T>> => {
        const headers: Record<string, string> = { ...(options.headers ?? {}) };
        if (options.as) headers.Authorization = `Bearer ${await token(options.as)}`;
        let body: BodyInit | undefined;
        if (options.form) body = options.form;
        else if (options.body !== undefined) {
            headers['Content-Type'] = 'application/json';
            body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        }
        const response = await fetch(`${API}${path}`, { method, headers, body });
        const type = response.headers.get('Content-Type') ?? '';
        const parsed = type.includes('json') ? await response.json() : new Uint8Array(await response.arrayBuffer());
        return { status: response.status, headers: response.headers, body: parsed as T };
    };

    const token = async (user: UserKey): Promise<string> => {
        const cached = tokens.get(user);
        if (cached && api.db.sessions.has(cached)) return cached;
        const response = await fetch(`${API}/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: USERS[user], password: 'demo' }),
        });
        const json = await response.json();
        if (!response.ok) throw new Error(`login ${user}: ${JSON.stringify(json)}`);
        tokens.set(user, json.token);
        return json.token;
    };

    /** Restores the seed (sessions survive). */
    const reset = () => api.reset();

    /** Moves the mock clock (as the supervisor). */
    const setClock = (body: { now?: string; advanceDays?: number; advanceHours?: number }) => request('PUT', '/clock', { as: 'supervisor', body });

    const list = (resource: string, query: { sort?: [string, 'ASC' | 'DESC']; range?: [number, number]; filter?: Record<string, unknown> } = {}, as: UserKey = 'supervisor') => {
        const params = new URLSearchParams();
        if (query.sort) params.set('sort', JSON.stringify(query.sort));
        if (query.range) params.set('range', JSON.stringify(query.range));
        if (query.filter) params.set('filter', JSON.stringify(query.filter));
        return request('GET', `/${resource}?${params}`, { as });
    };

    return { api, server, request, token, reset, setClock, list };
};
