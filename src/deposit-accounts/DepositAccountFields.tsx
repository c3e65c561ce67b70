import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DepositAccount } from '../domain';

export const MerchantNameField = (_: { label?: string; source?: string; sortable?: boolean }) => {
    const a = useRecordContext<DepositAccount>();
    if (!a) return null;
    return (
        <Stack>
            <Typography variant="body2">{a.merchantName}</Typography>
            <Typography variant="caption" color="text.secondary">
                {a.merchantNameEn} · {a.merchantId}
            </Typography>
        </Stack>
    );
};

/** R-DEP-5 due date; red when overdue. */
export const TopUpDueField = (_: { label?: string; source?: string; sortable?: boolean }) => {
    const a = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    if (!a) return null;
    if (!a.topUpDueDate) return <Typography variant="body2" color="text.secondary">—</Typography>;
    return (
        <Stack direction="row" spacing={1} alignItems="center">
            <Typography variant="body2" color={a.topUpOverdue ? 'error.main' : 'warning.main'} sx={{ fontWeight: a.topUpOverdue ? 600 : 400, whiteSpace: 'nowrap' }}>
                {a.topUpDueDate}
            </Typography>
            {a.topUpOverdue && <Chip size="small" color="error" label={translate('deposits.overdue')} />}
        </Stack>
    );
};

export const AccountStatusField = (_: { label?: string; source?: string; sortable?: boolean }) => {
    const a = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    if (!a) return null;
    return (
        <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
            <Chip size="small" color={a.status === 'open' ? 'success' : 'default'} variant={a.status === 'open' ? 'outlined' : 'filled'} label={translate(`deposits.status.${a.status}`)} />
            {a.merchantStatus && a.merchantStatus !== 'active' && <Chip size="small" variant="outlined" label={translate(`deposits.merchant_status.${a.merchantStatus}`)} />}
            {a.refundPending && <Chip size="small" color="info" label={translate('resources.deposit-accounts.fields.refundPending')} />}
            {a.refundEligible && <Chip size="small" color="info" variant="outlined" label={translate('resources.deposit-accounts.fields.refundEligible')} />}
        </Stack>
    );
};
