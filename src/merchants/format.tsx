// Dates and money for the merchant pages, through Intl in the console's locale.
import { Typography } from '@mui/material';
import { DateField, useLocaleState, useRecordContext, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../i18n';

// Intl formatters are costly to create and a list renders hundreds of cells (issue 8): one
// formatter per locale and style, created on first use.
const formatterCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const dateTimeFormat = (tag: string, options: Intl.DateTimeFormatOptions) => {
    const key = `d|${tag}|${JSON.stringify(options)}`;
    let f = formatterCache.get(key) as Intl.DateTimeFormat | undefined;
    if (!f) formatterCache.set(key, (f = new Intl.DateTimeFormat(tag, options)));
    return f;
};
const currencyFormat = (tag: string, currency: string) => {
    const key = `n|${tag}|${currency}`;
    let f = formatterCache.get(key) as Intl.NumberFormat | undefined;
    if (!f) formatterCache.set(key, (f = new Intl.NumberFormat(tag, { style: 'currency', currency })));
    return f;
};

const CALENDAR_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const CHINA_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'Asia/Shanghai' };
const CHINA_DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' };

export const useFormatters = () => {
    const [locale] = useLocaleState();
    const tag = intlLocale(locale);
    return {
        /** A calendar date 'YYYY-MM-DD' (China date) shown without shifting time zones. */
        date: (value: string | null | undefined) => (value ? dateTimeFormat(tag, CALENDAR_DATE).format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '—'),
        dateTime: (value: string | null | undefined) => (value ? dateTimeFormat(tag, CHINA_DATE_TIME).format(new Date(value)) : '—'),
        money: (minor: number | null | undefined, currency: string) => (minor === null || minor === undefined ? '—' : currencyFormat(tag, currency).format(minor / 100)),
    };
};

/**
 * react-admin's DateField in the console's locale and China time (the platform's time zone),
 * through a cached formatter (DateField with options builds one per cell and render).
 */
export const ChinaDateField = (props: DateFieldProps) => {
    const [locale] = useLocaleState();
    const record = useRecordContext(props);
    const value = props.source ? props.source.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], record) : undefined;
    if (value === null || value === undefined || value === '') return <DateField {...props} />;
    const date = new Date(value as string);
    if (Number.isNaN(date.getTime())) return <DateField {...props} />;
    return (
        <Typography component="span" variant="body2" className={props.className} sx={props.sx}>
            {dateTimeFormat(intlLocale(locale), props.showTime ? CHINA_DATE_TIME : CHINA_DATE).format(date)}
        </Typography>
    );
};
