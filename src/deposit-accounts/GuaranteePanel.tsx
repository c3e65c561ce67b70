// R-DEP-8: a bank performance guarantee held instead of (part of) the cash deposit, and the
// performance-guarantee deposit that cash can be moved to.
import { useState } from 'react';
import { Alert, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { canRole, isIsoDate, parseMajor, type DepositAccount } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { fieldErrorsOf, messageOf } from './ledgerApi';
import { useFormatMoney } from './money';
import { PostEntryButton } from './PostEntryButton';

const GuaranteeButton = ({ account }: { account: DepositAccount }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [open, setOpen] = useState(false);
    const [values, setValues] = useState({ bank: '', reference: '', amount: '', expiresOn: '' });
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [error, setError] = useState<string | null>(null);
    const mutation = useMutation({
        mutationFn: () =>
            dataProvider.action('deposit-accounts', String(account.id), 'guarantee', { bank: values.bank, reference: values.reference, amount: parseMajor(values.amount), expiresOn: values.expiresOn }),
        onSuccess: () => {
            notify('deposits.guarantee.done', { type: 'success' });
            setOpen(false);
            refresh();
        },
        onError: e => {
            setErrors(fieldErrorsOf(e));
            setError(messageOf(e));
        },
    });
    const submit = () => {
        const local: Record<string, string> = {};
        if (!values.bank.trim()) local.bank = translate('deposits.post.required');
        if (!values.reference.trim()) local.reference = translate('deposits.post.required');
        if (!(parseMajor(values.amount) ?? 0)) local.amount = translate('deposits.post.invalid_amount');
        if (!isIsoDate(values.expiresOn)) local.expiresOn = translate('deposits.post.required');
        setErrors(local);
        if (!Object.keys(local).length) mutation.mutate();
    };
    const field = (name: keyof typeof values, label: string, type = 'text') => (
        <TextField
            name={name}
            type={type}
            label={label}
            value={values[name]}
            onChange={e => setValues(v => ({ ...v, [name]: e.target.value }))}
            error={!!errors[name]}
            helperText={errors[name] ?? ' '}
            slotProps={type === 'date' ? { inputLabel: { shrink: true } } : undefined}
            fullWidth
        />
    );
    return (
        <>
            <Button size="small" variant="outlined" onClick={() => setOpen(true)} disabled={account.status === 'closed'}>
                {translate('deposits.guarantee.button')}
            </Button>
            <Dialog open={open} onClose={() => !mutation.isPending && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="guarantee-title">
                <DialogTitle id="guarantee-title">{translate('deposits.guarantee.dialog_title')}</DialogTitle>
                <DialogContent>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                        {translate('deposits.guarantee.help')}
                    </Typography>
                    {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
                    <Stack spacing={1}>
                        {field('bank', translate('deposits.guarantee.bank'))}
                        {field('reference', translate('deposits.guarantee.reference'))}
                        {field('amount', `${translate('deposits.guarantee.amount')} (${account.currency})`)}
                        {field('expiresOn', translate('deposits.guarantee.expiresOn'), 'date')}
                    </Stack>
                </DialogContent>
                <DialogActions>
                    <Button onClick={() => setOpen(false)} disabled={mutation.isPending}>
                        {translate('ra.action.cancel')}
                    </Button>
                    <Button variant="contained" onClick={submit} disabled={mutation.isPending}>
                        {translate('deposits.guarantee.save')}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};

export const GuaranteePanel = () => {
    const a = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    const format = useFormatMoney();
    const { permissions } = usePermissions();
    if (!a) return null;
    const g = a.guarantee;
    const mayWrite = canRole(permissions, 'deposit-accounts', 'guarantee');
    return (
        <Card>
            <CardContent>
                <Stack direction="row" justifyContent="space-between" alignItems="center" spacing={1}>
                    <Typography variant="h6">{translate('deposits.guarantee.title')}</Typography>
                    {mayWrite && (
                        <Stack direction="row" spacing={1}>
                            <GuaranteeButton account={a} />
                            {g && a.guaranteeValid && (a.balance ?? 0) > 0 && (
                                <PostEntryButton account={a} defaultType="transfer_to_guarantee" variant="outlined" label={translate('ledger.types.transfer_to_guarantee')} />
                            )}
                        </Stack>
                    )}
                </Stack>
                <Typography sx={{ mt: 1 }}>
                    {g ? translate('deposits.guarantee.held', { bank: g.bank, reference: g.reference, amount: format(g.amount, a.currency), expiresOn: g.expiresOn }) : translate('deposits.guarantee.none')}
                </Typography>
                {g && !a.guaranteeValid && (
                    <Typography color="error.main" variant="body2">
                        {translate('deposits.guarantee.expired', { expiresOn: g.expiresOn })}
                    </Typography>
                )}
                {(a.guaranteeDeposit ?? 0) > 0 && (
                    <Typography variant="body2" color="text.secondary">
                        {translate('deposits.guarantee.deposit', { amount: format(a.guaranteeDeposit, a.currency) })}
                    </Typography>
                )}
            </CardContent>
        </Card>
    );
};
