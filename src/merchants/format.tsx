// Dates and money for the merchant pages, through Intl in the console's locale.
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../common/format';

export const useFormatters = () => {
    const [locale] = useLocaleState();
    const tag = intlLocale(locale);
    return {
        /** A calendar date 'YYYY-MM-DD' (China date) shown without shifting time zones. */
        date: (value: string | null | undefined) =>
            value ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '—',
        dateTime: (value: string | null | undefined) =>
            value ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(value)) : '—',
        money: (minor: number | null | undefined, currency: string) =>
            minor === null || minor === undefined ? '—' : new Intl.NumberFormat(tag, { style: 'currency', currency }).format(minor / 100),
    };
};

/** react-admin's DateField in the console's locale and China time (the platform's time zone). */
export const ChinaDateField = (props: DateFieldProps) => {
    const [locale] = useLocaleState();
    return (
        <DateField
            {...props}
            locales={intlLocale(locale)}
            options={props.showTime ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' } : { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }}
        />
    );
};
