// Money display (R-DEP-14): integer minor units with their currency, formatted by Intl in the
// operator's language. Never a float in arithmetic: only the final display goes through Intl.
import { Typography, type TypographyProps } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney, type Currency } from '../domain';

export const useFormatMoney = () => {
    const [locale] = useLocaleState();
    return (amount: number | null | undefined, currency: Currency | null | undefined) =>
        amount === null || amount === undefined || !currency ? '—' : formatMoney({ amount, currency }, locale);
};

export interface MoneyFieldProps {
    source: string;
    currencySource?: string;
    /** Shown with a sign: + for credits, − for debits (ledger lines). */
    signedBy?: string;
    color?: TypographyProps['color'];
    label?: string;
    sortable?: boolean;
    /** Hide zero amounts (e.g. no shortfall). */
    blankZero?: boolean;
}

export const MoneyField = ({ source, currencySource = 'currency', signedBy, color, blankZero }: MoneyFieldProps) => {
    const record = useRecordContext<Record<string, unknown>>();
    const format = useFormatMoney();
    if (!record) return null;
    const amount = record[source] as number | null | undefined;
    if (blankZero && !amount) return <Typography variant="body2" color="text.secondary">—</Typography>;
    const text = format(amount, record[currencySource] as Currency);
    const sign = signedBy ? (record[signedBy] === 'credit' ? '+' : '−') : '';
    return (
        <Typography variant="body2" component="span" color={color ?? (signedBy ? (record[signedBy] === 'credit' ? 'success.main' : 'error.main') : undefined)} sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {sign}
            {text}
        </Typography>
    );
};
