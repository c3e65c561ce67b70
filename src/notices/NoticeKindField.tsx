import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Notice } from '../domain';

/** The notice's kind in words; an unknown kind falls back to its code. */
export const NoticeKindField = (_props: { source?: string; label?: string }) => {
    const record = useRecordContext<Notice>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Typography component="span" variant="body2">
            {translate(`resources.notices.kinds.${record.kind}`, { _: record.kind })}
        </Typography>
    );
};
