// The response deadline with what it means now: time left, or passed (R-CMP-4, R-CMP-5).
import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../domain';
import { formatDateTime } from '../common';

export const DeadlineField = ({ compact = false }: { label?: string; source?: string; sortable?: boolean; sortBy?: string; compact?: boolean }) => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    if (!record.responseDeadline)
        return (
            <Typography variant="body2" color="text.secondary" title={translate('complaints.deadline.none')}>
                {compact ? translate('app.none') : translate('complaints.deadline.none')}
            </Typography>
        );
    const waiting = record.status === 'awaiting_response';
    return (
        <Stack direction={compact ? 'column' : 'row'} spacing={compact ? 0.5 : 1} alignItems={compact ? 'flex-start' : 'center'}>
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(record.responseDeadline, locale)}
            </Typography>
            {waiting && record.deadlinePassed && <Chip size="small" color="error" label={translate('complaints.deadline.passed')} />}
        </Stack>
    );
};

export const FlagsField = (_props: { label?: string }) => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Stack direction="row" spacing={0.5}>
            {record.compensationOverdue && <Chip size="small" color="error" variant="outlined" label={translate('complaints.flags.overdue_compensation')} />}
            {record.malicious && <Chip size="small" color="warning" variant="outlined" label={translate('complaints.flags.malicious')} />}
        </Stack>
    );
};

/** The accused merchant's name in the console's language (the API gives "中文名 · English name"). */
export const MerchantNameField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
    const record = useRecordContext<Complaint>();
    const [locale] = useLocaleState();
    if (!record) return null;
    const [zh, en] = (record.merchantName ?? record.merchantId).split(' · ');
    return (
        <Typography variant="body2" title={record.merchantName} sx={{ minWidth: '10em' }}>
            {locale === 'zh' ? zh : (en ?? zh)}
        </Typography>
    );
};
