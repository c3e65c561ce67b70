import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ChangeReport } from '../domain';

export const LateChip = (_: { label?: string; sortable?: boolean; source?: string }) => {
    const record = useRecordContext<ChangeReport>();
    const translate = useTranslate();
    if (!record) return null;
    return record.late ? <Chip size="small" color="error" label={translate('change_reports.late')} data-testid="late" /> : <Chip size="small" variant="outlined" label={translate('change_reports.on_time')} />;
};

export const ChangeReportStatusChip = (_: { label?: string; sortable?: boolean; source?: string }) => {
    const record = useRecordContext<ChangeReport>();
    const translate = useTranslate();
    if (!record) return null;
    const colour = record.status === 'approved' ? 'success' : record.status === 'rejected' ? 'error' : 'warning';
    return <Chip size="small" color={colour} label={translate(`change_reports.status.${record.status}`)} />;
};
