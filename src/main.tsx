import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadInitialLanguage, loadMessages } from './i18n/locale';

// Startup (issue 8): the app and, without VITE_API_URL, the in-browser mock API are loaded in
// parallel, not one after the other. index.html already asks for both chunks (modulepreload,
// see vite.config.ts), and the mock starts its service worker and reads IndexedDB while the
// app's code is still being evaluated. The app renders once both are ready, so its first
// request always reaches the mock. `import.meta.env.VITE_API_URL` is a build-time constant:
// a real-API build contains no mock code at all.
const mockApi = import.meta.env.VITE_API_URL ? null : import('../mock/browser').then(m => m.startMockApi());
const app = import('./App');
// The messages of the language the console starts in (one chunk per language), also in parallel.
const language = loadInitialLanguage();

const start = async () => {
    const [{ App, createI18nProvider }, initialLanguage] = await Promise.all([app, language, mockApi]);
    createRoot(document.getElementById('root')!).render(
        <StrictMode>
            <App i18nProvider={createI18nProvider(initialLanguage, loadMessages)} />
        </StrictMode>,
    );
};

void start();
