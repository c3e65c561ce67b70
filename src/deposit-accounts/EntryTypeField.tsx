import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { LedgerEntry } from '../domain';

const COLOR: Record<string, 'default' | 'success' | 'error' | 'warning' | 'info' | 'secondary'> = {
    deposit: 'success',
    top_up: 'success',
    deduction: 'error',
    refund: 'info',
    reversal: 'warning',
    transfer_to_guarantee: 'secondary',
    forfeiture: 'error',
};

export const EntryTypeField = (_: { label?: string }) => {
    const record = useRecordContext<LedgerEntry>();
    const translate = useTranslate();
    if (!record) return null;
    return <Chip size="small" variant="outlined" color={COLOR[record.type] ?? 'default'} label={translate(`ledger.types.${record.type}`)} />;
};
