// R-DEP-7: whether the deposit can be refunded now, each condition with its state, and the
// "Request refund" action (four eyes, R-DEP-13) when all hold.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import PaymentsIcon from '@mui/icons-material/Payments';
import { Card, CardContent, CircularProgress, List, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { DepositAccount, RefundEligibility } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { PostEntryButton } from './PostEntryButton';

export const RefundEligibilityPanel = () => {
    const account = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const { data, isPending } = useQuery({
        queryKey: ['deposit-accounts', 'refund-eligibility', account?.id],
        queryFn: () => dataProvider.fetchPath<RefundEligibility>(`/deposit-accounts/${account!.id}/refund-eligibility`).then(r => r.data),
        enabled: !!account,
    });
    if (!account) return null;
    return (
        <Card>
            <CardContent>
                <Stack direction="row" justifyContent="space-between" alignItems="center">
                    <Typography variant="h6">{translate('deposits.refund.title')}</Typography>
                    {data?.eligible && (
                        <PostEntryButton account={account} defaultType="refund" defaultAmount={account.balance} label={translate('deposits.refund.request')} icon={<PaymentsIcon />} />
                    )}
                </Stack>
                {isPending || !data ? (
                    <CircularProgress size={20} sx={{ mt: 1 }} />
                ) : (
                    <>
                        <Typography color={data.eligible ? 'success.main' : 'text.secondary'} sx={{ mt: 1 }}>
                            {translate(data.eligible ? 'deposits.refund.eligible' : 'deposits.refund.not_eligible')}
                        </Typography>
                        <List dense disablePadding>
                            {data.reasons.map(r => (
                                <ListItem key={r.code} disableGutters>
                                    <ListItemIcon sx={{ minWidth: 32 }}>
                                        {r.ok ? <CheckCircleIcon color="success" fontSize="small" /> : <CancelIcon color="error" fontSize="small" />}
                                    </ListItemIcon>
                                    <ListItemText
                                        primary={translate(`deposits.refund.reasons.${r.code}`, {
                                            ...r.values,
                                            status: r.values?.status ? translate(`deposits.merchant_status.${r.values.status}`) : '',
                                            _: r.text,
                                        })}
                                        secondary={r.ruleId}
                                    />
                                </ListItem>
                            ))}
                        </List>
                    </>
                )}
            </CardContent>
        </Card>
    );
};
