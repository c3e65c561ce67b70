// Shows an amount kept as integer minor units with its currency, formatted with Intl for the
// console's locale. Usage: <MoneyField source="amount" /> (currency read from record.currency),
// <MoneyField source="required.CNY" currency="CNY" />, or currencySource="balance.currency".
import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMinor, readPath } from './format';

export interface MoneyFieldProps {
    source: string;
    /** A fixed currency; otherwise read from `currencySource`. */
    currency?: string;
    currencySource?: string;
    label?: string;
    /** Used by react-admin's Datagrid/SimpleShowLayout for the column label. */
    sortable?: boolean;
    textAlign?: 'right' | 'left';
}

export const MoneyField = ({ source, currency, currencySource = 'currency' }: MoneyFieldProps) => {
    const record = useRecordContext();
    const [locale] = useLocaleState();
    const translate = useTranslate();
    const amount = readPath(record, source) as unknown;
    const code = currency ?? (readPath(record, currencySource) as string | undefined);
    if (typeof amount !== 'number' || !code) return <Typography component="span" variant="body2">{translate('app.none')}</Typography>;
    return (
        <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {formatMinor(amount, code, locale)}
        </Typography>
    );
};
MoneyField.displayName = 'MoneyField';
