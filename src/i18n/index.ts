// English and Chinese, react-admin's own messages included; the choice is remembered by
// react-admin's store (localStorage).
//
// This module holds both languages at once, synchronously: for tests and for code that must
// read both. The console itself loads one language at a time (./locale.ts, ./provider.ts), so
// nothing on the first page imports this module (bench/README.md).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { initialLocale, type Locale } from './locale';
import en from './locales/en';
import zh from './locales/zh';
import { AVAILABLE_LOCALES } from './provider';

export { deepMerge } from './deepMerge';
export type { Locale } from './locale';

export const messages = { en, zh };

export const i18nProvider = polyglotI18nProvider(
    locale => messages[(locale as Locale) in messages ? (locale as Locale) : 'en'] as never,
    initialLocale(),
    AVAILABLE_LOCALES,
    { allowMissing: true },
);

/** The Intl locale tag for a console locale. */
export { intlLocale } from '../common/format';
