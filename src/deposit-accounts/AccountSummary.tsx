// The derived figures of an account, each with the rule that defines it (R-DEP-1, 5, 8, 11, 12).
import { Alert, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DepositAccount } from '../domain';
import { useFormatMoney } from './money';
import { usePlatformSettings } from './useSettings';

const Figure = ({ label, value, help, color }: { label: string; value: string; help?: string; color?: string }) => (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Typography variant="overline" color="text.secondary">
            {label}
        </Typography>
        <Typography variant="h6" color={color} sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {value}
        </Typography>
        {help && (
            <Typography variant="caption" color="text.secondary">
                {help}
            </Typography>
        )}
    </Grid>
);

export const AccountSummary = () => {
    const a = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    const format = useFormatMoney();
    const settings = usePlatformSettings();
    if (!a) return null;
    const ld = a.liquidatedDamages;
    return (
        <Card>
            <CardContent>
                <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
                    <Typography variant="h5">{a.merchantName}</Typography>
                    <Typography color="text.secondary">{a.merchantNameEn}</Typography>
                    <Chip size="small" label={a.currency} />
                    <Chip size="small" color={a.status === 'open' ? 'success' : 'default'} label={translate(`deposits.status.${a.status}`)} />
                    {a.merchantStatus && <Chip size="small" variant="outlined" label={translate(`deposits.merchant_status.${a.merchantStatus}`)} />}
                    {a.topUpOverdue && <Chip size="small" color="error" label={translate('deposits.overdue')} />}
                </Stack>
                <Grid container spacing={2}>
                    <Figure label={translate('resources.deposit-accounts.fields.balance')} value={format(a.balance, a.currency)} help={translate('deposits.summary.balance_help')} />
                    <Figure
                        label={translate('resources.deposit-accounts.fields.required')}
                        value={format(a.required, a.currency)}
                        help={a.required ? translate('deposits.summary.required_help') : translate('deposits.summary.no_required')}
                    />
                    <Figure
                        label={translate('resources.deposit-accounts.fields.shortfall')}
                        value={format(a.shortfall, a.currency)}
                        color={a.shortfall ? (a.topUpOverdue ? 'error.main' : 'warning.main') : undefined}
                        help={
                            a.shortfall && a.shortfallSince
                                ? translate('deposits.summary.shortfall_since', { date: a.shortfallSince, due: a.topUpDueDate })
                                : translate('deposits.summary.shortfall_help', { days: settings.topUpDays })
                        }
                    />
                    <Figure label={translate('resources.deposit-accounts.fields.owed')} value={format(a.owed, a.currency)} color={a.owed ? 'error.main' : undefined} help={translate('deposits.summary.owed_help')} />
                </Grid>
                {ld && (
                    <Alert severity="error" sx={{ mt: 2 }}>
                        <strong>{translate('deposits.summary.damages')}: </strong>
                        {translate('deposits.summary.damages_value', {
                            amount: format(ld.amount, a.currency),
                            owed: format(a.owed, a.currency),
                            rate: (ld.rateBasisPoints / 100).toFixed(2),
                            days: ld.days,
                            since: ld.since,
                        })}
                    </Alert>
                )}
                {a.measuresProposable && (
                    <Alert severity="warning" sx={{ mt: 2 }}>
                        {translate('deposits.measures_proposable')}
                    </Alert>
                )}
            </CardContent>
        </Card>
    );
};
