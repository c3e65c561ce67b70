// The console's i18nProvider: react-admin's polyglot provider over one language at a time. The
// initial language's messages are already loaded (main.tsx); switching loads the other
// language's chunk once (the polyglot provider accepts a promise from getMessages on a change).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import type { Messages } from './deepMerge';
import { asLocale, AVAILABLE_LOCALES, loadMessages, type InitialLanguage, type Locale } from './locale';

export const createI18nProvider = (initial: InitialLanguage): I18nProvider => {
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
