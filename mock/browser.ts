// Starts the mock API in the browser: MSW's service worker hands /api requests to this page,
// which forwards them to the mock API running in a dedicated Web Worker (worker/mockApiWorker.ts)
// — the same handlers the tests and the Node server use; data lives in IndexedDB.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { EARLY_GET_HEADER, fromWorkerResponse, toWorkerRequest, type WorkerRequest, type WorkerResponse } from './worker/protocol';

/** A function that sends a request to the mock API's worker and resolves with its answer. */
export const workerForwarder = (mockWorker: Worker): ((request: Request) => Promise<Response>) => {
    const pending = new Map<number, (response: Response) => void>();
    let nextId = 0;
    mockWorker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const resolve = pending.get(event.data.id);
        pending.delete(event.data.id);
        resolve?.(fromWorkerResponse(event.data));
    };
    // A worker that fails (a script error at start) must not leave requests waiting forever:
    // the pending ones and every later one get a 500 saying so.
    let failure: string | null = null;
    const failed = () => Response.json({ message: `The mock API failed: ${failure}. Reload the page.` }, { status: 500 });
    mockWorker.onerror = event => {
        failure = event.message || 'its script could not be loaded';
        console.error('[mock api] the worker failed', failure);
        for (const [id, resolve] of pending) {
            pending.delete(id);
            resolve(failed());
        }
    };
    const forward = async (request: Request): Promise<Response> => {
        if (failure) return failed();
        const message = await toWorkerRequest(++nextId, request);
        return new Promise(resolve => {
            pending.set(message.id, resolve);
            mockWorker.postMessage(message, message.body ? [message.body] : []);
        });
    };
    return forward;
};

/**
 * Sends each GET the console makes to the mock API the moment fetch is called, as a network
 * would, instead of only once MSW's service worker has handed it to this page's main thread
 * (which a render keeps busy for 30–60 ms; see worker/dispatcher.ts). The request itself still
 * goes through fetch and MSW, tagged so the worker pairs the two copies and runs it once.
 * While a write to the API is in flight, GETs take MSW's path only, so a GET sent after a
 * write never overtakes it.
 */
export const sendGetsEarly = (mockWorker: Pick<Worker, 'postMessage'>, target: Pick<typeof globalThis, 'fetch'> = globalThis, base = location.href) => {
    const fetchThrough = target.fetch.bind(target);
    const origin = new URL(base).origin;
    let writesInFlight = 0;
    let nextTag = 0;
    target.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input), base);
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        if (url.origin !== origin || !url.pathname.includes('/api/')) return fetchThrough(input, init);
        if (method !== 'GET') {
            writesInFlight++;
            return fetchThrough(input, init).finally(() => writesInFlight--);
        }
        if (writesInFlight > 0) return fetchThrough(input, init);
        const request = new Request(input instanceof Request ? input : url, init);
        const headers = new Headers(request.headers);
        headers.set(EARLY_GET_HEADER, String(++nextTag));
        const early: WorkerRequest = { id: 0, early: true, url: request.url, method, headers: [...headers], body: null };
        mockWorker.postMessage(early);
        return fetchThrough(new Request(request, { headers }));
    };
};

/**
 * Wires MSW to the mock API's worker: the one index.html's first script started in a build
 * (vite.config.ts), or a new one (dev). The worker is referenced here, not in main.tsx, so a
 * real-API build, which never imports this module, does not contain it.
 */
export const startMockApi = async (
    mockWorker: Worker = new Worker(new URL('./worker/mockApiWorker.ts', import.meta.url), { type: 'module', name: 'tradeward-mock-api' }),
) => {
    const forward = workerForwarder(mockWorker);
    sendGetsEarly(mockWorker);
    const msw = setupWorker(http.all('*/api/*', ({ request }) => forward(request)));
    await msw.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
    return msw;
};
