// Renders the console into the page; loaded by main.tsx once its startup work is under way.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Messages } from './i18n/deepMerge';
import type { InitialLanguage, Locale } from './i18n/locale';
import { createI18nProvider } from './i18n/provider';

/** `language`: the start language with its messages; `loadMessages`: loads another (main.tsx). */
export const render = (root: HTMLElement, language: InitialLanguage, loadMessages: (locale: Locale) => Promise<Messages>) =>
    createRoot(root).render(
        <StrictMode>
            <App i18nProvider={createI18nProvider(language, loadMessages)} />
        </StrictMode>,
    );
