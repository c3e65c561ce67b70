// Dates and money for the merchant pages, through Intl in the console's locale.
import { Typography } from '@mui/material';
import { DateField, useLocaleState, useRecordContext, type DateFieldProps } from 'react-admin';
import { formatChinaDate, formatDate, formatDateTime, numberFormat, readPath } from '../common/format';

export const useFormatters = () => {
    const [locale] = useLocaleState();
    return {
        /** A calendar date 'YYYY-MM-DD' (China date) shown without shifting time zones. */
        date: (value: string | null | undefined) => (value ? formatDate(value, locale) : '—'),
        dateTime: (value: string | null | undefined) => (value ? formatDateTime(value, locale) : '—'),
        money: (minor: number | null | undefined, currency: string) =>
            minor === null || minor === undefined ? '—' : numberFormat(locale, { style: 'currency', currency }).format(minor / 100),
    };
};

/**
 * react-admin's DateField in the console's locale and China time (the platform's time zone),
 * through the cached formatters of common/format (DateField with options builds one per cell
 * and render). Empty or unreadable values are left to DateField (emptyText).
 */
export const ChinaDateField = (props: DateFieldProps) => {
    const [locale] = useLocaleState();
    const record = useRecordContext(props);
    const raw = props.source ? readPath(record, props.source) : undefined;
    const ms = raw instanceof Date ? raw.getTime() : typeof raw === 'number' ? raw : null;
    const value = ms === null ? raw : Number.isFinite(ms) ? new Date(ms).toISOString() : null;
    if (typeof value !== 'string' || value === '' || Number.isNaN(Date.parse(value))) return <DateField {...props} />;
    const text = props.showTime ? formatDateTime(value, locale) : formatChinaDate(value, locale);
    // A plain span with the theme's body2 class unless styles are passed: lists show one per row (issue 8).
    if (props.sx) return <Typography component="span" variant="body2" className={props.className} sx={props.sx}>{text}</Typography>;
    return <span className={props.className ? `tw-body2 ${props.className}` : 'tw-body2'}>{text}</span>;
};
