// The language the console starts in, and loading a language's messages. Each language's
// messages are a chunk of their own (./locales/<locale>.ts): main.tsx starts loading the initial
// language together with the app, and the other one is loaded when the operator switches
// (./provider.ts gets loadMessages from main.tsx). Part of the entry chunk: keep it free of
// react-admin, of messages and of anything the app chunk imports.
import type { Messages } from './deepMerge';

export type Locale = 'en' | 'zh';

/** The language the operator chose last time: react-admin's localStorage store keeps it under RaStore.locale. */
export const storedLocale = (): Locale | null => {
    try {
        const raw = localStorage.getItem('RaStore.locale');
        const value = raw ? JSON.parse(raw) : null;
        return value === 'zh' || value === 'en' ? value : null;
    } catch {
        return null;
    }
};

/** The browser's language, as react-admin's resolveBrowserLocale reads it (language part only). */
const browserLocale = (): Locale => {
    const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { browserLanguage?: string; userLanguage?: string });
    const tag = nav?.language || nav?.browserLanguage || nav?.userLanguage || 'en';
    return tag.split('-')[0] === 'zh' ? 'zh' : 'en';
};

/** The remembered choice, else the browser's language, else English. */
export const initialLocale = (): Locale => storedLocale() ?? browserLocale();

/** One language's messages (a separate chunk per language). */
export const loadMessages = (locale: Locale): Promise<Messages> =>
    (locale === 'zh' ? import('./locales/zh') : import('./locales/en')).then(m => m.default);

export interface InitialLanguage {
    locale: Locale;
    messages: Messages;
}

/** The initial language with its messages: the console renders once they are here. */
export const loadInitialLanguage = async (): Promise<InitialLanguage> => {
    const locale = initialLocale();
    return { locale, messages: await loadMessages(locale) };
};
