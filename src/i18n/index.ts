// English and Chinese, react-admin's own messages included; the choice is remembered by
// react-admin's store (localStorage).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { resolveBrowserLocale } from 'react-admin';
import { en } from './en';
import { raChinese } from './raChinese';
import { resourceMessages } from './resources';
import { zh } from './zh';

type Messages = Record<string, unknown>;

const isObject = (v: unknown): v is Messages => !!v && typeof v === 'object' && !Array.isArray(v);

export const deepMerge = (...sources: Messages[]): Messages => {
    const out: Messages = {};
    for (const source of sources)
        for (const [k, v] of Object.entries(source)) out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as Messages, v) : v;
    return out;
};

export const messages = {
    en: deepMerge(englishMessages as Messages, en, ...resourceMessages.map(m => m.en as Messages)),
    zh: deepMerge(raChinese as Messages, zh, ...resourceMessages.map(m => m.zh as Messages)),
};

export type Locale = keyof typeof messages;

const storedLocale = (): Locale | null => {
    try {
        // react-admin's localStorage store keeps the locale under RaStore.locale.
        const raw = localStorage.getItem('RaStore.locale');
        const value = raw ? JSON.parse(raw) : null;
        return value === 'zh' || value === 'en' ? value : null;
    } catch {
        return null;
    }
};

export const i18nProvider = polyglotI18nProvider(
    locale => messages[(locale as Locale) in messages ? (locale as Locale) : 'en'] as never,
    storedLocale() ?? (resolveBrowserLocale('en') === 'zh' ? 'zh' : 'en'),
    [
        { locale: 'en', name: 'English' },
        { locale: 'zh', name: '中文' },
    ],
    { allowMissing: true },
);

/** The Intl locale tag for a console locale. */
export { intlLocale } from '../common/format';
