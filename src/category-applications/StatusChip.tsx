import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CategoryApplication } from '../domain';

const COLOUR = { pending: 'warning', active: 'success', lapsed: 'error', withdrawn: 'default' } as const;

export const ApplicationStatusChip = (_: { label?: string; sortable?: boolean; source?: string }) => {
    const record = useRecordContext<CategoryApplication>();
    const translate = useTranslate();
    if (!record) return null;
    return <Chip size="small" color={COLOUR[record.status]} label={translate(`category_applications.status.${record.status}`)} />;
};
