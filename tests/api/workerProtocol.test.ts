// Issue 8: in the browser the mock API runs in a Web Worker; requests and responses cross as
// plain messages. Nothing may be lost on the way: method, headers, JSON and multipart bodies,
// status, statusText, headers such as Content-Range, and bodyless statuses.
import { describe, expect, it, vi } from 'vitest';
import { workerForwarder } from '../../mock/browser';
import { buildMockApi } from '../../mock/api';
import { MemoryPersistence } from '../../mock/core/persistence';
import { fromWorkerRequest, fromWorkerResponse, toWorkerRequest, toWorkerResponse } from '../../mock/worker/protocol';

/** What the page and the worker do to a request and its response, with structured cloning between. */
const roundTrip = async (handle: (request: Request) => Promise<Response>, request: Request) => {
    const sent = structuredClone(await toWorkerRequest(7, request));
    const answered = structuredClone(await toWorkerResponse(sent.id, await handle(fromWorkerRequest(sent))));
    expect(answered.id).toBe(7);
    return fromWorkerResponse(answered);
};

describe('mock API worker messages', () => {
    it('carries method, headers and a JSON body there, and status, headers and body back', async () => {
        let seen: { method: string; auth: string | null; body: unknown } | null = null;
        const response = await roundTrip(
            async request => {
                seen = { method: request.method, auth: request.headers.get('Authorization'), body: await request.json() };
                return Response.json([{ id: 1 }], { status: 201, statusText: 'Created', headers: { 'Content-Range': 'merchants 0-0/1' } });
            },
            new Request('http://localhost/api/merchants', { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: JSON.stringify({ a: '中文' }) }),
        );
        expect(seen).toEqual({ method: 'POST', auth: 'Bearer t', body: { a: '中文' } });
        expect(response.status).toBe(201);
        expect(response.statusText).toBe('Created');
        expect(response.headers.get('Content-Range')).toBe('merchants 0-0/1');
        expect(await response.json()).toEqual([{ id: 1 }]);
    });

    it('carries a multipart upload byte for byte, with the boundary its Content-Type names', async () => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }));
        form.append('purpose', 'licence');
        const original = new Request('http://localhost/api/files', { method: 'POST', body: form });
        const expected = new Uint8Array(await original.clone().arrayBuffer());
        const response = await roundTrip(
            async request => Response.json({ type: request.headers.get('Content-Type'), bytes: [...new Uint8Array(await request.arrayBuffer())] }),
            original,
        );
        const { type, bytes } = await response.json();
        expect(type).toBe(original.headers.get('Content-Type'));
        expect(type).toMatch(/^multipart\/form-data; boundary=/);
        expect(bytes).toEqual([...expected]);
        const text = new TextDecoder().decode(new Uint8Array(bytes));
        expect(text).toContain('Content-Type: image/png');
        expect(text).toContain('name="purpose"');
    });

    it('answers a bodyless status (204) without a body, and binary bodies byte for byte', async () => {
        const empty = await roundTrip(async () => new Response(null, { status: 204 }), new Request('http://localhost/api/x', { method: 'DELETE' }));
        expect(empty.status).toBe(204);
        expect(await empty.text()).toBe('');
        const bytes = await roundTrip(async () => new Response(new Uint8Array([0, 255, 10]), { headers: { 'Content-Type': 'application/pdf' } }), new Request('http://localhost/api/files/f'));
        expect(bytes.headers.get('Content-Type')).toBe('application/pdf');
        expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([0, 255, 10]);
    });

    it('the mock API answers through the messages as it does directly (sign-in, then a list with Content-Range)', async () => {
        const api = buildMockApi(new MemoryPersistence(), 'small');
        const login = await roundTrip(api.handle, new Request('http://localhost/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'li.na', password: 'demo' }) }));
        expect(login.status).toBe(200);
        const { token } = await login.json();
        const list = await roundTrip(api.handle, new Request('http://localhost/api/merchants?range=[0,4]', { headers: { Authorization: `Bearer ${token}` } }));
        expect(list.status).toBe(200);
        expect(list.headers.get('Content-Range')).toMatch(/^merchants 0-4\/\d+$/);
        expect(await list.json()).toHaveLength(5);
    });
});

describe('the page side of the worker (mock/browser.ts)', () => {
    /** A stand-in Worker: answers through onmessage like the real one, or fails like one whose script did not load. */
    const fakeWorker = (api: { handle(request: Request): Promise<Response> }) => {
        const worker = {
            onmessage: null as ((event: MessageEvent) => void) | null,
            onerror: null as ((event: ErrorEvent) => void) | null,
            silent: false,
            postMessage(message: Parameters<typeof fromWorkerRequest>[0]) {
                if (worker.silent) return;
                void api.handle(fromWorkerRequest(structuredClone(message))).then(async response => {
                    worker.onmessage?.({ data: structuredClone(await toWorkerResponse(message.id, response)) } as MessageEvent);
                });
            },
        };
        return worker;
    };

    it('answers each request with the worker’s answer, matched by id when answers come back out of order', async () => {
        let release: () => void = () => undefined;
        const gate = new Promise<void>(resolve => (release = resolve));
        const worker = fakeWorker({
            handle: async request => {
                if (request.url.endsWith('/slow')) await gate;
                return Response.json({ path: new URL(request.url).pathname });
            },
        });
        const forward = workerForwarder(worker as unknown as Worker);
        const slow = forward(new Request('http://localhost/api/slow'));
        const fast = await forward(new Request('http://localhost/api/fast'));
        expect(await fast.json()).toEqual({ path: '/api/fast' });
        release();
        expect(await (await slow).json()).toEqual({ path: '/api/slow' });
    });

    it('a worker that fails answers 500 to the waiting requests and to every later one, instead of hanging', async () => {
        const worker = fakeWorker({ handle: async () => Response.json({}) });
        worker.silent = true;
        const forward = workerForwarder(worker as unknown as Worker);
        const waiting = forward(new Request('http://localhost/api/merchants'));
        await new Promise(resolve => setTimeout(resolve, 0));
        const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        worker.onerror?.({ message: 'SyntaxError in the worker script' } as ErrorEvent);
        spy.mockRestore();
        const first = await waiting;
        expect(first.status).toBe(500);
        expect((await first.json()).message).toMatch(/SyntaxError in the worker script.*Reload the page/);
        const later = await forward(new Request('http://localhost/api/merchants'));
        expect(later.status).toBe(500);
    });
});
