// Post a ledger entry (R-DEP-12): amount typed in major units (parseMajor, R-DEP-14), ground
// required for deductions (R-DEP-3), reviewed in a confirm dialog, sent once per form opening
// with one Idempotency-Key (a double click cannot post twice), pessimistic, never undoable.
import { useRef, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { canRole, DEDUCTION_GROUNDS, needsFourEyes, parseMajor, POSTABLE_TYPES, type DepositAccount, type PostableType } from '../domain';
import { fieldErrorsOf, messageOf, newIdempotencyKey, postLedgerEntry, type PostResult } from './ledgerApi';
import { useFormatMoney } from './money';
import { usePlatformSettings } from './useSettings';

interface FormValues {
    type: PostableType;
    amount: string;
    ground: string;
    complaintId: string;
    penaltyId: string;
    note: string;
}

export interface PostEntryButtonProps {
    account: DepositAccount;
    defaultType?: PostableType;
    defaultAmount?: number;
    label?: string;
    icon?: React.ReactNode;
    variant?: 'text' | 'outlined' | 'contained';
}

const majorText = (minor: number) => (minor / 100).toFixed(2);

export const PostEntryButton = ({ account, defaultType = 'top_up', defaultAmount, label, icon, variant = 'contained' }: PostEntryButtonProps) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const format = useFormatMoney();
    const settings = usePlatformSettings();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    const [confirming, setConfirming] = useState(false);
    const [serverError, setServerError] = useState<string | null>(null);
    const key = useRef<string>('');
    const defaults: FormValues = { type: defaultType, amount: defaultAmount ? majorText(defaultAmount) : '', ground: '', complaintId: '', penaltyId: '', note: '' };
    const { control, handleSubmit, watch, reset, setError, getValues } = useForm<FormValues>({ defaultValues: defaults });
    const type = watch('type');
    const amountMinor = parseMajor(watch('amount') ?? '') ?? 0;
    const fourEyes = needsFourEyes(type, amountMinor, account.currency, settings);
    const allowed = canRole(permissions, 'ledger-entries', 'create');
    const closed = account.status === 'closed';

    const mutation = useMutation<PostResult, unknown, FormValues>({
        mutationFn: values =>
            postLedgerEntry(
                {
                    accountId: String(account.id),
                    type: values.type,
                    amount: parseMajor(values.amount)!,
                    ground: values.type === 'deduction' ? values.ground : null,
                    complaintId: values.complaintId.trim() || null,
                    penaltyId: values.penaltyId.trim() || null,
                    note: values.note,
                },
                key.current,
            ),
        onSuccess: result => {
            if (result.replayed) notify('deposits.post.replayed', { type: 'info' });
            else if (result.kind === 'posted') notify('deposits.post.posted', { type: 'success', messageArgs: { id: result.entry.id } });
            else notify('deposits.post.requested', { type: 'success', messageArgs: { id: result.approval.id } });
            setConfirming(false);
            setOpen(false);
            refresh();
        },
        onError: error => {
            setConfirming(false);
            const errors = fieldErrorsOf(error);
            for (const [field, message] of Object.entries(errors)) if (field in defaults) setError(field as keyof FormValues, { message });
            setServerError(messageOf(error));
        },
    });

    const openDialog = () => {
        key.current = newIdempotencyKey();
        reset(defaults);
        setServerError(null);
        setOpen(true);
    };

    const review = handleSubmit(() => setConfirming(true));
    const values = getValues();
    const summary = {
        type: translate(`ledger.types.${values.type}`),
        amount: format(parseMajor(values.amount ?? '') ?? 0, account.currency),
        account: `${account.merchantName ?? account.merchantId} · ${account.id}`,
    };

    return (
        <>
            <Button
                variant={variant}
                size="small"
                startIcon={icon ?? <AddIcon />}
                onClick={openDialog}
                disabled={!allowed || closed}
                title={!allowed ? translate('deposits.forbidden_post') : closed ? translate('deposits.post.account_closed') : undefined}
            >
                {label ?? translate('deposits.post.button')}
            </Button>
            <Dialog open={open && !confirming} onClose={() => !mutation.isPending && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="post-entry-title">
                <form onSubmit={review} noValidate>
                    <DialogTitle id="post-entry-title">
                        {translate('deposits.post.title')} · {account.merchantName ?? account.merchantId}
                    </DialogTitle>
                    <DialogContent>
                        <Stack spacing={2} sx={{ mt: 1 }}>
                            {serverError && <Alert severity="error">{serverError}</Alert>}
                            <Controller
                                name="type"
                                control={control}
                                render={({ field, fieldState }) => (
                                    <TextField {...field} select label={translate('deposits.post.type')} error={!!fieldState.error} helperText={fieldState.error?.message}>
                                        {POSTABLE_TYPES.map(t => (
                                            <MenuItem key={t} value={t}>
                                                {translate(`ledger.types.${t}`)}
                                            </MenuItem>
                                        ))}
                                    </TextField>
                                )}
                            />
                            <Controller
                                name="amount"
                                control={control}
                                rules={{
                                    required: translate('deposits.post.required'),
                                    validate: v => {
                                        const minor = parseMajor(v);
                                        return minor !== null && minor > 0 ? true : translate('deposits.post.invalid_amount');
                                    },
                                }}
                                render={({ field, fieldState }) => (
                                    <TextField
                                        {...field}
                                        label={translate('deposits.post.amount', { currency: account.currency })}
                                        inputProps={{ inputMode: 'decimal', autoComplete: 'off' }}
                                        error={!!fieldState.error}
                                        helperText={fieldState.error?.message ?? translate('deposits.post.amount_help', { currency: account.currency })}
                                    />
                                )}
                            />
                            {type === 'deduction' && (
                                <Controller
                                    name="ground"
                                    control={control}
                                    rules={{ validate: v => (type !== 'deduction' || v ? true : translate('deposits.post.ground_required')) }}
                                    render={({ field, fieldState }) => (
                                        <TextField {...field} select label={translate('deposits.post.ground')} error={!!fieldState.error} helperText={fieldState.error?.message}>
                                            {DEDUCTION_GROUNDS.map(g => (
                                                <MenuItem key={g} value={g}>
                                                    {translate(`ledger.grounds.${g}`)}
                                                </MenuItem>
                                            ))}
                                        </TextField>
                                    )}
                                />
                            )}
                            {type === 'deduction' && (
                                <Stack direction="row" spacing={2}>
                                    <Controller name="complaintId" control={control} render={({ field, fieldState }) => <TextField {...field} fullWidth label={translate('deposits.post.complaintId')} error={!!fieldState.error} helperText={fieldState.error?.message} />} />
                                    <Controller name="penaltyId" control={control} render={({ field, fieldState }) => <TextField {...field} fullWidth label={translate('deposits.post.penaltyId')} error={!!fieldState.error} helperText={fieldState.error?.message} />} />
                                </Stack>
                            )}
                            <Controller
                                name="note"
                                control={control}
                                rules={{ validate: v => (v.trim() ? true : translate('deposits.post.required')) }}
                                render={({ field, fieldState }) => (
                                    <TextField {...field} multiline minRows={2} label={translate('deposits.post.note')} error={!!fieldState.error} helperText={fieldState.error?.message} />
                                )}
                            />
                            {type === 'deduction' && !fourEyes && (
                                <Alert severity="info">{translate('deposits.post.threshold', { amount: format(settings.deductionApprovalThreshold[account.currency], account.currency) })}</Alert>
                            )}
                            {fourEyes && <Alert severity="warning">{translate('deposits.post.four_eyes')}</Alert>}
                        </Stack>
                    </DialogContent>
                    <DialogActions>
                        <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
                        <Button type="submit" variant="contained">
                            {translate('deposits.post.review')}
                        </Button>
                    </DialogActions>
                </form>
            </Dialog>
            <Dialog open={open && confirming} onClose={() => !mutation.isPending && setConfirming(false)} aria-labelledby="post-entry-confirm">
                <DialogTitle id="post-entry-confirm">{translate('deposits.post.confirm_title')}</DialogTitle>
                <DialogContent>{translate(fourEyes ? 'deposits.post.confirm_request' : 'deposits.post.confirm_content', summary)}</DialogContent>
                <DialogActions>
                    <Button onClick={() => setConfirming(false)} disabled={mutation.isPending}>
                        {translate('ra.action.back')}
                    </Button>
                    <Button variant="contained" color={fourEyes ? 'primary' : 'warning'} disabled={mutation.isPending} onClick={() => mutation.mutate(getValues())} autoFocus>
                        {translate(fourEyes ? 'deposits.post.confirm_approval' : 'deposits.post.confirm')}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};
