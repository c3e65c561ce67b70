// Locale-aware formatting with Intl for every screen. Dates and times are shown in the
// platform's time zone (China, UTC+8) whatever the browser's zone is.
import { toMajorString, type Currency } from '../domain';

export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';

/** The Intl locale tag for a console locale ('zh' | 'en'). */
export const intlLocale = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/** Integer minor units + currency → "CN¥10,000.00" / "CNY 10,000.00" (R-DEP-14: no float arithmetic). */
export const formatMinor = (amount: number, currency: Currency | string, locale: string): string =>
    new Intl.NumberFormat(intlLocale(locale), {
        style: 'currency',
        currency,
        currencyDisplay: locale === 'zh' ? 'symbol' : 'code',
    }).format(Number(toMajorString(amount)));

/** A plain number with grouping: 20000 → "20,000". */
export const formatNumber = (value: number, locale: string): string => new Intl.NumberFormat(intlLocale(locale)).format(value);

/** A calendar date 'YYYY-MM-DD' (no time zone shift) → "20 Nov 2026" / "2026年11月20日". */
export const formatDate = (date: string, locale: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
    const [y, m, d] = date.slice(0, 10).split('-').map(Number);
    return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** An instant (ISO date-time) → date and time in China time. */
export const formatDateTime = (instant: string, locale: string): string => {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) return instant;
    return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: PLATFORM_TIME_ZONE }).format(ms);
};

/** A China calendar date as the instant its day starts (for `at_gte` filters on timestamps). */
export const chinaDayStart = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString();
/** A China calendar date as the last millisecond of that day (for `at_lte` filters). */
export const chinaDayEnd = (date: string): string => new Date(`${date}T23:59:59.999+08:00`).toISOString();

/** Reads a dotted path ("balance.amount") from a record. */
export const readPath = (record: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((value, key) => (value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]), record);
