import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Startup (issue 8): the app and, without VITE_API_URL, the in-browser mock API are loaded in
// parallel, not one after the other. The mock API's Web Worker is created first, so it fetches
// its code and generates the seed on the second core while this thread loads and evaluates the
// app; index.html already asks for the app and MSW chunks (modulepreload, see vite.config.ts).
// The app renders once MSW's service worker is active, so its first request always reaches the
// mock (a request the worker cannot answer yet waits there until the seed is ready).
// `import.meta.env.VITE_API_URL` is a build-time constant: a real-API build has no mock code.
const mockWorker = import.meta.env.VITE_API_URL
    ? null
    : new Worker(new URL('../mock/worker/mockApiWorker.ts', import.meta.url), { type: 'module', name: 'tradeward-mock-api' });
const mockApi = mockWorker ? import('../mock/browser').then(m => m.startMockApi(mockWorker)) : null;
const app = import('./App');

const start = async () => {
    const [{ App }] = await Promise.all([app, mockApi]);
    createRoot(document.getElementById('root')!).render(
        <StrictMode>
            <App />
        </StrictMode>,
    );
};

void start();
