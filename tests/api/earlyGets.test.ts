// Issue 8: the page sends each GET to the mock API's worker when the console calls fetch, and
// MSW delivers the same request later (mock/browser.ts sendGetsEarly, mock/worker/dispatcher.ts).
// Each GET must run exactly once, answer exactly what the API answers, and never overtake a
// write the console sent before it.
import { describe, expect, it, vi } from 'vitest';
import { buildMockApi } from '../../mock/api';
import { sendGetsEarly } from '../../mock/browser';
import { MemoryPersistence } from '../../mock/core/persistence';
import { EARLY_ANSWER_TTL_MS, requestDispatcher } from '../../mock/worker/dispatcher';
import { EARLY_GET_HEADER, fromWorkerResponse, toWorkerRequest, type WorkerRequest } from '../../mock/worker/protocol';

const BASE = 'http://localhost:5173/';

/** The message MSW's path delivers for a request the page fetched (what workerForwarder sends). */
const deliveredByMsw = (id: number, request: Request) => toWorkerRequest(id, request).then(message => structuredClone(message));

/** The page side wired to a fetch that records what it was given, and a worker that records what it was sent. */
const page = () => {
    const fetched: Request[] = [];
    const answers: Array<(response: Response) => void> = [];
    const target = {
        fetch: vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
            fetched.push(new Request(input instanceof Request || input instanceof URL ? input : new URL(input, BASE), init));
            return new Promise<Response>(resolve => answers.push(resolve));
        }) as typeof fetch,
    };
    const sent: WorkerRequest[] = [];
    sendGetsEarly({ postMessage: (message: WorkerRequest) => sent.push(structuredClone(message)) }, target, BASE);
    const answerNext = () => answers.shift()!(new Response('{}'));
    return { fetch: target.fetch, fetched, sent, answerNext };
};

describe('GETs sent to the mock API early (the page side)', () => {
    it('posts a GET to the API to the worker at once and fetches the same request, both tagged alike', async () => {
        const { fetch, fetched, sent } = page();
        void fetch('/api/merchants?range=[0,24]', { headers: { Authorization: 'Bearer t' } });
        expect(sent).toHaveLength(1);
        expect(sent[0]).toMatchObject({ early: true, method: 'GET', url: `${BASE}api/merchants?range=[0,24]`, body: null });
        const tag = new Headers(sent[0].headers).get(EARLY_GET_HEADER);
        expect(tag).toBeTruthy();
        expect(new Headers(sent[0].headers).get('Authorization')).toBe('Bearer t');
        expect(fetched[0].url).toBe(sent[0].url);
        expect(fetched[0].headers.get(EARLY_GET_HEADER)).toBe(tag);
        expect(fetched[0].headers.get('Authorization')).toBe('Bearer t');

        void fetch(new Request(`${BASE}api/complaints`));
        expect(new Headers(sent[1].headers).get(EARLY_GET_HEADER)).not.toBe(tag);
    });

    it('leaves writes, other paths and other origins to MSW alone, untouched', async () => {
        const { fetch, fetched, sent } = page();
        void fetch('/api/merchants/m-1/decisions', { method: 'POST', body: '{}' });
        void fetch('/assets/logo.svg');
        void fetch('https://example.com/api/merchants');
        expect(sent).toEqual([]);
        expect(fetched.map(r => [r.method, r.headers.has(EARLY_GET_HEADER)])).toEqual([
            ['POST', false],
            ['GET', false],
            ['GET', false],
        ]);
    });

    it('a GET sent while a write is in flight takes MSW’s path only, so it cannot overtake the write', async () => {
        const { fetch, fetched, sent, answerNext } = page();
        const write = fetch('/api/merchants/m-1/decisions', { method: 'POST', body: '{}' });
        void fetch('/api/merchants/m-1');
        expect(sent).toEqual([]);
        expect(fetched[1].headers.has(EARLY_GET_HEADER)).toBe(false);
        answerNext();
        await write;
        void fetch('/api/merchants/m-1');
        expect(sent).toHaveLength(1);
    });
});

describe('GETs sent to the mock API early (the worker side)', () => {
    const tagged = (tag: string, id = 0, early = false): WorkerRequest => ({
        id,
        ...(early ? { early: true as const } : {}),
        url: `${BASE}api/merchants`,
        method: 'GET',
        headers: [['authorization', 'Bearer t'], [EARLY_GET_HEADER, tag]],
        body: null,
    });

    it('runs the early copy once, without the tag, and answers the copy MSW delivers with that answer', async () => {
        const seen: Array<string | null> = [];
        const handle = vi.fn(async (request: Request) => {
            seen.push(request.headers.get(EARLY_GET_HEADER));
            return Response.json({ run: handle.mock.calls.length }, { headers: { 'Content-Range': 'merchants 0-0/1' } });
        });
        const { dispatch } = requestDispatcher(handle);
        expect(await dispatch(tagged('1', 0, true))).toBeNull();
        const reply = (await dispatch(tagged('1', 9)))!;
        expect(handle).toHaveBeenCalledTimes(1);
        expect(seen).toEqual([null]);
        expect(reply.id).toBe(9);
        const response = fromWorkerResponse(reply);
        expect(response.headers.get('Content-Range')).toBe('merchants 0-0/1');
        expect(await response.json()).toEqual({ run: 1 });
    });

    it('a copy that arrives while its early run is still going waits for that run instead of starting another', async () => {
        let release: () => void = () => undefined;
        const gate = new Promise<void>(resolve => (release = resolve));
        const handle = vi.fn(async () => {
            await gate;
            return Response.json({ ok: true });
        });
        const { dispatch } = requestDispatcher(handle);
        const early = dispatch(tagged('1', 0, true));
        const copy = dispatch(tagged('1', 3));
        release();
        expect(await early).toBeNull();
        expect((await copy)!.id).toBe(3);
        expect(handle).toHaveBeenCalledTimes(1);
    });

    it('runs a copy whose early answer is gone (never sent, or unclaimed past the time limit) as a request of its own', async () => {
        let now = 0;
        const handle = vi.fn(async () => Response.json({}));
        const dispatcher = requestDispatcher(handle, () => now);
        await dispatcher.dispatch(tagged('1', 0, true));
        now = EARLY_ANSWER_TTL_MS + 1;
        await dispatcher.dispatch(tagged('2', 0, true));
        expect(dispatcher.keptAnswers).toBe(1);
        expect((await dispatcher.dispatch(tagged('1', 4)))!.id).toBe(4);
        expect(handle).toHaveBeenCalledTimes(3);
        await dispatcher.dispatch(tagged('7', 5));
        expect(handle).toHaveBeenCalledTimes(4);
    });

    it('answers a list exactly as the API does directly, through both copies of the request', async () => {
        const api = buildMockApi(new MemoryPersistence(), 'small');
        const login = await api.handle(new Request(`${BASE}api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'li.na', password: 'demo' }) }));
        const { token } = await login.json();
        const handle = vi.fn(api.handle);
        const { dispatch } = requestDispatcher(handle);
        const { fetch, fetched, sent } = page();
        void fetch('/api/merchants?range=[0,4]&sort=["nameEn","ASC"]', { headers: { Authorization: `Bearer ${token}` } });
        await dispatch(sent[0]);
        const reply = fromWorkerResponse((await dispatch(await deliveredByMsw(11, fetched[0])))!);
        expect(handle).toHaveBeenCalledTimes(1);
        const direct = await api.handle(new Request(`${BASE}api/merchants?range=[0,4]&sort=["nameEn","ASC"]`, { headers: { Authorization: `Bearer ${token}` } }));
        expect(reply.status).toBe(200);
        expect(reply.headers.get('Content-Range')).toBe(direct.headers.get('Content-Range'));
        expect(await reply.json()).toEqual(await direct.json());
    });
});
