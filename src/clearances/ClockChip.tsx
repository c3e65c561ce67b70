import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ClearanceRecord } from './types';

/** The 20-day clearance clock (R-PEN-9). */
export const ClockChip = (_props: { label?: string }) => {
    const record = useRecordContext<ClearanceRecord>();
    const translate = useTranslate();
    if (!record) return null;
    if (record.status === 'closed') return <Chip size="small" label={translate('clearances.status.closed')} />;
    return record.overdue ? (
        <Chip size="small" color="error" label={translate('clearances.overdue', { smart_count: -record.daysLeft })} />
    ) : (
        <Chip size="small" color={record.daysLeft <= 5 ? 'warning' : 'default'} label={translate('clearances.days_left', { smart_count: record.daysLeft })} />
    );
};
