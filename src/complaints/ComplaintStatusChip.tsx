import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Complaint, ComplaintStatus } from '../domain';

const COLOR: Record<ComplaintStatus, 'default' | 'info' | 'warning' | 'primary' | 'success' | 'error'> = {
    new: 'info',
    awaiting_response: 'warning',
    in_review: 'primary',
    decided: 'success',
    closed: 'default',
    declined: 'default',
};

export const ComplaintStatusChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    if (!record) return null;
    return <Chip size="small" color={COLOR[record.status]} label={translate(`complaints.status.${record.status}`)} />;
};

export const ComplaintTypeField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    if (!record) return null;
    return <span style={{ display: 'inline-block', minWidth: '7em' }}>{translate(`complaints.type.${record.type}`)}</span>;
};
