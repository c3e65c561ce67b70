// The decision form (R-CMP-3, R-CMP-7): outcome, reason (always required; for a declined case
// R-CMP-3 demands it), compensation with its currency and a payment due date. Submitting first
// shows a confirmation summary: a decision is final and sent to the merchant (R-NOT-1).
import { useState } from 'react';
import {
    Alert,
    Button,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    FormControl,
    FormControlLabel,
    FormHelperText,
    FormLabel,
    MenuItem,
    Radio,
    RadioGroup,
    Stack,
    Switch,
    TextField,
} from '@mui/material';
import { Controller, useForm } from 'react-hook-form';
import { Confirm, useLocaleState, useTranslate } from 'react-admin';
import { addDays, CURRENCIES, MIN_REASON_LENGTH, parseMajor, toMajorString, type Complaint, type Currency } from '../domain';
import { formatDate, formatMinor } from '../common';
import type { ActionFailure } from './useComplaintAction';

export type DecisionChoice = 'upheld' | 'partly_upheld' | 'rejected' | 'declined';

export interface DecisionValues {
    outcome: DecisionChoice;
    reason: string;
    withCompensation: boolean;
    amount: string;
    currency: Currency;
    paymentDueDate: string;
}

export interface DecisionDialogProps {
    open: boolean;
    onClose: () => void;
    complaint: Pick<Complaint, 'number' | 'amountClaimed'>;
    today: string;
    /** kind "decide" posts to /decide, "decline" to /decline. */
    onSubmit: (kind: 'decide' | 'decline', body: Record<string, unknown>) => Promise<ActionFailure | null>;
}

const OUTCOMES: DecisionChoice[] = ['upheld', 'partly_upheld', 'rejected', 'declined'];

export const DecisionDialog = ({ open, onClose, complaint, today, onSubmit }: DecisionDialogProps) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const [pending, setPending] = useState<DecisionValues | null>(null);
    const [failure, setFailure] = useState<string | null>(null);
    const defaults: DecisionValues = {
        outcome: 'upheld',
        reason: '',
        withCompensation: !!complaint.amountClaimed,
        amount: complaint.amountClaimed ? toMajorString(complaint.amountClaimed.amount) : '',
        currency: complaint.amountClaimed?.currency ?? 'CNY',
        paymentDueDate: addDays(today, 10),
    };
    const { control, handleSubmit, watch, setError, reset } = useForm<DecisionValues>({ defaultValues: defaults });
    const outcome = watch('outcome');
    const withCompensation = watch('withCompensation');
    const paysCompensation = (outcome === 'upheld' || outcome === 'partly_upheld') && withCompensation;

    const close = () => {
        setPending(null);
        setFailure(null);
        reset(defaults);
        onClose();
    };

    const review = handleSubmit(values => {
        if (paysCompensation && parseMajor(values.amount) === null) {
            setError('amount', { message: translate('ra.validation.number') });
            return;
        }
        setPending(values);
    });

    const body = (v: DecisionValues): Record<string, unknown> =>
        v.outcome === 'declined'
            ? { reason: v.reason.trim() }
            : {
                  outcome: v.outcome,
                  reason: v.reason.trim(),
                  compensation: paysCompensation ? { amount: parseMajor(v.amount), currency: v.currency } : null,
                  paymentDueDate: paysCompensation ? v.paymentDueDate : null,
              };

    const confirm = async () => {
        if (!pending) return;
        const result = await onSubmit(pending.outcome === 'declined' ? 'decline' : 'decide', body(pending));
        setPending(null);
        if (!result) return close();
        setFailure(result.message);
        const map: Record<string, keyof DecisionValues> = { reason: 'reason', compensation: 'amount', 'compensation.amount': 'amount', 'compensation.currency': 'currency', paymentDueDate: 'paymentDueDate', outcome: 'outcome' };
        for (const [field, message] of Object.entries(result.errors)) if (map[field]) setError(map[field], { message });
    };

    const compensationText =
        pending && paysCompensation && parseMajor(pending.amount) !== null
            ? translate('complaints.action.confirm_compensation', { amount: formatMinor(parseMajor(pending.amount)!, pending.currency, locale), date: formatDate(pending.paymentDueDate, locale) })
            : '';

    return (
        <>
            <Dialog open={open && !pending} onClose={close} fullWidth maxWidth="sm" aria-labelledby="decision-title">
                <form onSubmit={review} noValidate>
                    <DialogTitle id="decision-title">{translate('complaints.action.decide_title', { number: complaint.number })}</DialogTitle>
                    <DialogContent>
                        <Stack spacing={2}>
                            <Controller
                                name="outcome"
                                control={control}
                                render={({ field }) => (
                                    <FormControl>
                                        <FormLabel id="outcome-label">{translate('complaints.action.outcome')}</FormLabel>
                                        <RadioGroup {...field} row aria-labelledby="outcome-label">
                                            {OUTCOMES.map(o => (
                                                <FormControlLabel key={o} value={o} control={<Radio />} label={translate(`complaints.outcome.${o}`)} />
                                            ))}
                                        </RadioGroup>
                                    </FormControl>
                                )}
                            />
                            <Controller
                                name="reason"
                                control={control}
                                rules={{
                                    validate: v =>
                                        v.trim().length >= MIN_REASON_LENGTH ||
                                        `${translate('ra.validation.required')} · ${translate('ra.validation.minLength', { min: MIN_REASON_LENGTH })}${outcome === 'declined' ? ' (R-CMP-3)' : ''}`,
                                }}
                                render={({ field, fieldState }) => (
                                    <TextField
                                        {...field}
                                        required
                                        multiline
                                        minRows={3}
                                        label={translate(outcome === 'declined' ? 'complaints.action.decline_reason' : 'complaints.action.reason')}
                                        error={!!fieldState.error}
                                        helperText={fieldState.error?.message}
                                    />
                                )}
                            />
                            {(outcome === 'upheld' || outcome === 'partly_upheld') && (
                                <>
                                    <Controller
                                        name="withCompensation"
                                        control={control}
                                        render={({ field }) => <FormControlLabel control={<Switch checked={field.value} onChange={e => field.onChange(e.target.checked)} />} label={translate('complaints.action.with_compensation')} />}
                                    />
                                    {withCompensation && (
                                        <Stack direction="row" spacing={2}>
                                            <Controller
                                                name="amount"
                                                control={control}
                                                rules={{ validate: v => parseMajor(v) !== null && parseMajor(v)! > 0 || translate('ra.validation.required') }}
                                                render={({ field, fieldState }) => (
                                                    <TextField {...field} required label={translate('complaints.action.compensation')} inputMode="decimal" error={!!fieldState.error} helperText={fieldState.error?.message ?? translate('complaints.create.amount_help')} sx={{ flex: 2 }} />
                                                )}
                                            />
                                            <Controller
                                                name="currency"
                                                control={control}
                                                render={({ field, fieldState }) => (
                                                    <TextField {...field} select label={translate('resources.complaints.fields.amountClaimed.currency')} error={!!fieldState.error} helperText={fieldState.error?.message} sx={{ flex: 1 }}>
                                                        {CURRENCIES.map(c => (
                                                            <MenuItem key={c} value={c}>
                                                                {c}
                                                            </MenuItem>
                                                        ))}
                                                    </TextField>
                                                )}
                                            />
                                            <Controller
                                                name="paymentDueDate"
                                                control={control}
                                                rules={{ required: translate('ra.validation.required') }}
                                                render={({ field, fieldState }) => (
                                                    <TextField {...field} required type="date" label={translate('complaints.action.payment_due')} error={!!fieldState.error} helperText={fieldState.error?.message} slotProps={{ inputLabel: { shrink: true } }} sx={{ flex: 2 }} />
                                                )}
                                            />
                                        </Stack>
                                    )}
                                </>
                            )}
                            {failure && <Alert severity="error">{failure}</Alert>}
                            {outcome === 'declined' && <FormHelperText>R-CMP-3</FormHelperText>}
                        </Stack>
                    </DialogContent>
                    <DialogActions>
                        <Button onClick={close}>{translate('complaints.action.cancel')}</Button>
                        <Button type="submit" variant="contained">
                            {translate('complaints.action.continue')}
                        </Button>
                    </DialogActions>
                </form>
            </Dialog>
            <Confirm
                isOpen={!!pending}
                title={translate('complaints.action.confirm_title')}
                content={
                    <DialogContentText>
                        {translate('complaints.action.confirm_content', { outcome: pending ? translate(`complaints.outcome.${pending.outcome}`) : '', compensation: compensationText })}
                    </DialogContentText>
                }
                confirm={translate('complaints.action.confirm')}
                onConfirm={confirm}
                onClose={() => setPending(null)}
            />
        </>
    );
};
