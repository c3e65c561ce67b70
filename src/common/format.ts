// Locale-aware formatting with Intl for every screen. Dates and times are shown in the
// platform's time zone (China, UTC+8) whatever the browser's zone is.
import { toMajorString, type Currency } from '../domain';

export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';

/** The Intl locale tag for a console locale ('zh' | 'en'). */
export const intlLocale = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

// Intl formatters are costly to create and a list formats hundreds of cells on every render
// (issue 8): one formatter per locale and options, created on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** A cached Intl.DateTimeFormat for a console locale ('zh' | 'en'). */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = `d|${locale}|${JSON.stringify(options)}`;
    let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
    if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), options)));
    return f;
};

/** A cached Intl.NumberFormat for a console locale ('zh' | 'en'). */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
    const key = `n|${locale}|${JSON.stringify(options)}`;
    let f = formatters.get(key) as Intl.NumberFormat | undefined;
    if (!f) formatters.set(key, (f = new Intl.NumberFormat(intlLocale(locale), options)));
    return f;
};

/** Integer minor units + currency → "CN¥10,000.00" / "CNY 10,000.00" (R-DEP-14: no float arithmetic). */
export const formatMinor = (amount: number, currency: Currency | string, locale: string): string =>
    numberFormat(locale, { style: 'currency', currency, currencyDisplay: locale === 'zh' ? 'symbol' : 'code' }).format(Number(toMajorString(amount)));

/** A plain number with grouping: 20000 → "20,000". */
export const formatNumber = (value: number, locale: string): string => numberFormat(locale).format(value);

const CALENDAR_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const CHINA_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: PLATFORM_TIME_ZONE };
const CHINA_DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: PLATFORM_TIME_ZONE };

/** A calendar date 'YYYY-MM-DD' (no time zone shift) → "20 Nov 2026" / "2026年11月20日". */
export const formatDate = (date: string, locale: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
    const [y, m, d] = date.slice(0, 10).split('-').map(Number);
    return dateTimeFormat(locale, CALENDAR_DATE).format(new Date(Date.UTC(y, m - 1, d)));
};

/** An instant (ISO date-time) → date and time in China time. */
export const formatDateTime = (instant: string, locale: string): string => {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) return instant;
    return dateTimeFormat(locale, CHINA_DATE_TIME).format(ms);
};

/** An instant (ISO date-time) → the date it falls on in China. */
export const formatChinaDate = (instant: string, locale: string): string => {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) return instant;
    return dateTimeFormat(locale, CHINA_DATE).format(ms);
};

/** A China calendar date as the instant its day starts (for `at_gte` filters on timestamps). */
export const chinaDayStart = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString();
/** A China calendar date as the last millisecond of that day (for `at_lte` filters). */
export const chinaDayEnd = (date: string): string => new Date(`${date}T23:59:59.999+08:00`).toISOString();

/** Reads a dotted path ("balance.amount") from a record. */
export const readPath = (record: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((value, key) => (value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]), record);
