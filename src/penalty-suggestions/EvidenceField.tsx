import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PenaltySuggestionRecord } from './types';

/** The dates and counts that ground a suggestion. */
export const EvidenceField = (_props: { label?: string }) => {
    const record = useRecordContext<PenaltySuggestionRecord>();
    const translate = useTranslate();
    if (!record) return null;
    const parts = Object.entries(record.evidence).map(([k, v]) => translate(`suggestions.evidence.${k}`, { v: v ?? translate('suggestions.evidence.never') }));
    return (
        <Typography variant="body2" component="span">
            {parts.join(' · ')}
        </Typography>
    );
};
