// The console's i18nProvider: react-admin's polyglot provider over one language at a time. The
// initial language's messages are already loaded (main.tsx); switching loads the other
// language's chunk once (the polyglot provider accepts a promise from getMessages on a change).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import type { Messages } from './deepMerge';
// Types only: locale.ts is in the entry chunk, and its loader is handed in by main.tsx.
import type { InitialLanguage, Locale } from './locale';

export const AVAILABLE_LOCALES: Array<{ locale: Locale; name: string }> = [
    { locale: 'en', name: 'English' },
    { locale: 'zh', name: '中文' },
];

const asLocale = (locale: string): Locale => (locale === 'zh' ? 'zh' : 'en');

/** `loadMessages`: src/i18n/locale.ts's loader (one chunk per language). */
export const createI18nProvider = (initial: InitialLanguage, loadMessages: (locale: Locale) => Promise<Messages>): I18nProvider => {
    const loaded = new Map<Locale, Messages | Promise<Messages>>([[initial.locale, initial.messages]]);
    const getMessages = (requested: string) => {
        const locale = asLocale(requested);
        const known = loaded.get(locale);
        if (known) return known;
        const loading = loadMessages(locale).then(
            messages => {
                loaded.set(locale, messages);
                return messages;
            },
            error => {
                // A failed download (network) may be retried by switching again.
                loaded.delete(locale);
                throw error;
            },
        );
        loaded.set(locale, loading);
        return loading;
    };
    return polyglotI18nProvider(getMessages as never, initial.locale, AVAILABLE_LOCALES, { allowMissing: true });
};
