// R-REG-9: a confirmed, pessimistic decision with a reason code and a note. No undo.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { DECISION_REASON_CODES, validateDecision, type DecisionKind } from '../domain';

export interface DecisionDialogProps {
    open: boolean;
    kind: DecisionKind;
    onClose: () => void;
    onConfirm: (input: { reasonCode: string; note: string }) => void;
    pending?: boolean;
    /** Server field errors of the last attempt. */
    serverErrors?: Record<string, string>;
    /** Blocking failures the officer should know before approving. */
    blockedBy?: string[];
}

export const DecisionDialog = ({ open, kind, onClose, onConfirm, pending, serverErrors = {}, blockedBy = [] }: DecisionDialogProps) => {
    const translate = useTranslate();
    const [reasonCode, setReasonCode] = useState('');
    const [note, setNote] = useState('');
    const [touched, setTouched] = useState(false);
    const local = touched ? validateDecision({ kind, reasonCode, note }) : {};
    const errors = { ...serverErrors, ...local };
    const submit = () => {
        setTouched(true);
        if (Object.keys(validateDecision({ kind, reasonCode, note })).length) return;
        onConfirm({ reasonCode, note: note.trim() });
    };
    return (
        <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="decision-title">
            <DialogTitle id="decision-title">{translate(`merchants.decisions.title.${kind}`)}</DialogTitle>
            <DialogContent>
                <Alert severity={kind === 'reject' ? 'warning' : 'info'} sx={{ mb: 2 }}>
                    {translate(`merchants.decisions.help.${kind}`)}
                </Alert>
                {kind === 'approve' && blockedBy.length > 0 && (
                    <Alert severity="error" sx={{ mb: 2 }} data-testid="approve-blocked">
                        {translate('merchants.decisions.blocked', { checks: blockedBy.join(', ') })}
                    </Alert>
                )}
                <TextField
                    select
                    fullWidth
                    required
                    margin="dense"
                    name="reasonCode"
                    label={translate('merchants.decisions.reason_code')}
                    value={reasonCode}
                    onChange={e => setReasonCode(e.target.value)}
                    error={!!errors.reasonCode}
                    helperText={errors.reasonCode ? translate('ra.validation.required') : ' '}
                    slotProps={{ select: { inputProps: { 'data-testid': 'reason-code' } } }}
                >
                    {DECISION_REASON_CODES[kind].map(code => (
                        <MenuItem key={code} value={code}>
                            {translate(`merchants.decisions.reason_codes.${code}`)}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField
                    fullWidth
                    required
                    multiline
                    minRows={3}
                    margin="dense"
                    name="note"
                    label={translate('merchants.decisions.note')}
                    value={note}
                    onChange={e => setNote(e.target.value)}
                    error={!!errors.note}
                    helperText={errors.note ?? translate('merchants.decisions.note_help')}
                />
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose} disabled={pending}>{translate('merchants.decisions.cancel')}</Button>
                <Button
                    variant="contained"
                    color={kind === 'reject' ? 'error' : 'primary'}
                    onClick={submit}
                    disabled={pending || (kind === 'approve' && blockedBy.length > 0)}
                >
                    {translate('merchants.decisions.confirm')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
