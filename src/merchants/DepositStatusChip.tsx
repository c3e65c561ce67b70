import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLOUR: Record<string, ChipProps['color']> = { paid: 'success', guarantee: 'info', shortfall: 'error', none: 'default' };

export const DepositStatusChip = (_: { label?: string; sortable?: boolean; source?: string }) => {
    const record = useRecordContext<{ depositStatus?: string }>();
    const translate = useTranslate();
    if (!record?.depositStatus) return null;
    return <Chip size="small" variant="outlined" color={COLOUR[record.depositStatus]} label={translate(`merchants.deposit_status.${record.depositStatus}`)} />;
};
