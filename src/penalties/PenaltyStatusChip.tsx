import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Penalty, PenaltyStatus } from '../domain';

const COLOR: Record<PenaltyStatus, 'default' | 'warning' | 'error' | 'success' | 'info'> = {
    proposed: 'warning',
    active: 'error',
    expired: 'default',
    lifted: 'success',
    overturned: 'info',
    rejected: 'default',
};

/** The penalty's lifecycle status (R-PEN-2) as a coloured chip. */
export const PenaltyStatusChip = (_props: { label?: string }) => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    if (!record) return null;
    return <Chip size="small" color={COLOR[record.status]} label={translate(`penalties.status.${record.status}`)} />;
};
