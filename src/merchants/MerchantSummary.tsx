// The header above the tabs: who, status, and the review clock while a registration is open.
import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Merchant } from '../domain';
import { MerchantStatusChip } from './MerchantStatusChip';
import { ReviewClockField } from './ReviewClockField';
import { DepositStatusChip } from './DepositStatusChip';

export const MerchantSummary = () => {
    const record = useRecordContext<Merchant>();
    if (!record) return null;
    return (
        <Stack direction="row" spacing={2} alignItems="center" sx={{ px: 2, pt: 2 }} flexWrap="wrap" useFlexGap data-testid="merchant-summary">
            <Stack>
                <Typography variant="h6">{record.nameZh}</Typography>
                <Typography variant="body2" color="text.secondary">{record.nameEn} · {record.id} · <span style={{ fontFamily: 'monospace' }}>{record.uscc}</span></Typography>
            </Stack>
            <MerchantStatusChip />
            <DepositStatusChip />
            {record.reviewDueDate && <ReviewClockField />}
        </Stack>
    );
};
