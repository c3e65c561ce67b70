import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ChangeReport } from '../domain';

/** "field: before → after" for each change. */
export const ChangesField = (_: { label?: string; sortable?: boolean }) => {
    const record = useRecordContext<ChangeReport>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <>
            {record.changes.map(c => (
                <Typography key={c.field} variant="body2">
                    <strong>{translate(`resources.merchants.fields.${c.field}`)}</strong>: {String(c.before ?? '—')} → {String(c.after ?? '—')}
                </Typography>
            ))}
        </>
    );
};
