// ra-data-simple-rest with the bearer token, plus the business actions the API exposes as
// custom endpoints (called with useDataProvider + useMutation, as in react-admin's examples).
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import { API_URL } from '../config';
import { authHeader } from './session';

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    for (const [k, v] of Object.entries(authHeader())) headers.set(k, v);
    return fetchUtils.fetchJson(url, { ...options, headers });
};

export interface ActionOptions {
    /** Sent as Idempotency-Key: a retried or double-clicked request is applied once. */
    idempotencyKey?: string;
    method?: 'POST' | 'PUT' | 'GET';
}

export interface TradewardDataProvider extends DataProvider {
    /** POST /<resource>/<id>/<action> (or /<resource>/<action> without an id). */
    action<T = unknown>(resource: string, id: string | null, action: string, body?: unknown, options?: ActionOptions): Promise<{ data: T }>;
    /** GET any API path, e.g. "/clock" or "/merchants/m-00001/checks". */
    fetchPath<T = unknown>(path: string): Promise<{ data: T }>;
    /** POST /files (multipart): returns the stored file's metadata. */
    upload<T = unknown>(file: File, extra?: Record<string, string>): Promise<{ data: T }>;
}

export const createDataProvider = (apiUrl = API_URL): TradewardDataProvider => {
    const base = simpleRestProvider(apiUrl, httpClient);
    return {
        ...base,
        async action(resource, id, action, body, options = {}) {
            const headers = new Headers({ 'Content-Type': 'application/json' });
            if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
            const path = id === null ? `${resource}/${action}` : `${resource}/${encodeURIComponent(id)}/${action}`;
            const { json } = await httpClient(`${apiUrl}/${path}`, {
                method: options.method ?? 'POST',
                headers,
                body: options.method === 'GET' ? undefined : JSON.stringify(body ?? {}),
            });
            return { data: json };
        },
        async fetchPath(path) {
            const { json } = await httpClient(`${apiUrl}${path.startsWith('/') ? path : `/${path}`}`);
            return { data: json };
        },
        async upload(file, extra = {}) {
            const form = new FormData();
            form.append('file', file, file.name);
            for (const [k, v] of Object.entries(extra)) form.append(k, v);
            const response = await fetch(`${apiUrl}/files`, { method: 'POST', headers: authHeader(), body: form });
            const json = await response.json().catch(() => ({}));
            if (!response.ok) throw new HttpError(json.message ?? `Upload failed (${response.status})`, response.status, json);
            return { data: json };
        },
    };
};
