// Starts the mock API in the browser: MSW's service worker hands /api requests to this page,
// which forwards them to the mock API running in a dedicated Web Worker (worker/mockApiWorker.ts)
// — the same handlers the tests and the Node server use; data lives in IndexedDB.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { fromWorkerResponse, toWorkerRequest, type WorkerResponse } from './worker/protocol';

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
 * Wires MSW to the mock API's worker: the one index.html's first script started in a build
 * (vite.config.ts), or a new one (dev). The worker is referenced here, not in main.tsx, so a
 * real-API build, which never imports this module, does not contain it.
 */
export const startMockApi = async (
    mockWorker: Worker = new Worker(new URL('./worker/mockApiWorker.ts', import.meta.url), { type: 'module', name: 'tradeward-mock-api' }),
) => {
    const forward = workerForwarder(mockWorker);
    const msw = setupWorker(http.all('*/api/*', ({ request }) => forward(request)));
    await msw.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
    return msw;
};
