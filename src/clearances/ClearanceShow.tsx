import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Show, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../domain';
import { SectionCard } from '../penalties/SectionCard';
import { ChecklistField } from './ChecklistField';
import { ClearanceRefund } from './ClearanceRefund';
import { ClockChip } from './ClockChip';
import { CompleteClearanceButton } from './CompleteClearanceButton';
import { RequestForfeitureButton } from './RequestForfeitureButton';
import type { ClearanceRecord } from './types';

const Actions = () => (
    <TopToolbar>
        <RequestForfeitureButton />
        <CompleteClearanceButton />
    </TopToolbar>
);

const Body = () => {
    const record = useRecordContext<ClearanceRecord>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    return (
        <>
            <Stack direction="row" gap={1} alignItems="center" sx={{ mb: 2 }}>
                <Typography variant="h6" component="h1">
                    {record.merchantName} · {record.storeName}
                </Typography>
                <ClockChip />
            </Stack>
            <SectionCard title={translate('resources.clearances.fields.items')}>
                <Typography variant="body2" color="text.secondary">
                    {record.startedOn} → {record.dueOn}
                </Typography>
                <ChecklistField full />
            </SectionCard>
            <SectionCard title={translate('clearances.termination')}>
                {record.terminationPenaltyId ? <Link href={`#/penalties/${record.terminationPenaltyId}/show`}>{record.terminationPenaltyId}</Link> : <Typography variant="body2">—</Typography>}
                {record.balance !== null && (
                    <Typography variant="body2" sx={{ mt: 1 }}>
                        {translate('clearances.balance', { amount: formatMoney({ amount: record.balance, currency: record.currency }, locale) })}
                    </Typography>
                )}
                {record.forfeitureApprovalId && (
                    <Typography variant="body2" sx={{ mt: 1 }}>
                        {translate('clearances.forfeit_requested', { id: record.forfeitureApprovalId })}
                    </Typography>
                )}
                {record.refundQuietUntil && (
                    <Alert severity="info" sx={{ mt: 1 }}>
                        {translate('clearances.refund_from', { date: record.refundQuietUntil })}
                    </Alert>
                )}
            </SectionCard>
            <SectionCard title={translate('clearances.refund')}>
                <ClearanceRefund />
            </SectionCard>
        </>
    );
};

export const ClearanceShow = () => (
    <Show actions={<Actions />} sx={{ '& .RaShow-card': { p: 2, bgcolor: 'transparent', boxShadow: 'none' } }}>
        <Body />
    </Show>
);
export default ClearanceShow;
