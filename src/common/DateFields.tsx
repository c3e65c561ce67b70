// Date and date-time fields formatted with Intl for the console's locale, in China time.
// <CalendarDateField source="licenceExpiry" /> for 'YYYY-MM-DD' dates (never shifted by the
// browser's time zone); <DateTimeField source="at" /> for instants.
import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatDateTime, readPath } from './format';

interface FieldProps {
    source: string;
    label?: string;
    sortable?: boolean;
    sortBy?: string;
}

const useFormatted = (source: string, format: (value: string, locale: string) => string) => {
    const record = useRecordContext();
    const [locale] = useLocaleState();
    const translate = useTranslate();
    const value = readPath(record, source);
    return typeof value === 'string' && value ? format(value, locale) : translate('app.none');
};

export const CalendarDateField = ({ source }: FieldProps) => (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {useFormatted(source, formatDate)}
    </Typography>
);

export const DateTimeField = ({ source }: FieldProps) => (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {useFormatted(source, formatDateTime)}
    </Typography>
);
