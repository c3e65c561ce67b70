// Starts the mock API in the browser: MSW's service worker hands /api requests to the same
// handlers the tests and the Node server use; data lives in IndexedDB.
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { buildMockApi } from './api';
import type { SeedSize } from './core/db';
import { IndexedDbPersistence } from './core/indexedDbPersistence';

const seedSize = (import.meta.env.VITE_SEED_SIZE as SeedSize | undefined) ?? 'default';

export const startMockApi = async () => {
    const api = buildMockApi(new IndexedDbPersistence(`tradeward-mock-${seedSize}`), seedSize);
    const worker = setupWorker(http.all('*/api/*', ({ request }) => api.handle(request)));
    await Promise.all([
        worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } }),
        api.ready,
    ]);
    return api;
};
