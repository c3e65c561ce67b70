// Startup (issue 8). This entry module imports no other chunk statically (src/i18n/locale.ts is
// bundled into it), so it runs as soon as its own few hundred bytes arrive, before React and the
// app have downloaded:
// - without VITE_API_URL it wires MSW to the mock API's Web Worker, which index.html's first
//   script started in a build (mock/browser.ts starts it in dev), so the worker fetches its code
//   and builds the seed on the second core while this thread loads and evaluates the app;
// - then it loads the app (index.html already preloads its chunks, see vite.config.ts) and,
//   for the mock, MSW, and renders once MSW's service worker is active, so the app's first
//   request always reaches the mock (a request the worker cannot answer yet waits there);
// - and the messages of the language the console starts in (one chunk per language, see
//   src/i18n/locale.ts), also in parallel.
// `import.meta.env.VITE_API_URL` is a build-time constant: a real-API build has no mock code.
import { loadInitialLanguage, loadMessages } from './i18n/locale';

declare global {
    interface Window {
        /** Started by index.html's first script in a build (vite.config.ts), to win a few hundred ms. */
        __tradewardMockWorker?: Worker;
    }
}

const mockApi = import.meta.env.VITE_API_URL ? null : import('../mock/browser').then(m => m.startMockApi(window.__tradewardMockWorker));
const app = import('./render');
const language = loadInitialLanguage();

const start = async () => {
    const [{ render }, initialLanguage] = await Promise.all([app, language, mockApi]);
    render(document.getElementById('root')!, initialLanguage, loadMessages);
};

void start();
