// R-REG-10: accept (applies the changes) or reject, with a note; confirmed and pessimistic.
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { canRole, type ChangeReport } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const ReviewChangeReportButton = ({ decision }: { decision: 'accept' | 'reject' }) => {
    const record = useRecordContext<ChangeReport>();
    const { permissions } = usePermissions();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [open, setOpen] = useState(false);
    const [note, setNote] = useState('');
    const [error, setError] = useState<string | null>(null);
    const { mutate, isPending } = useMutation({
        mutationFn: () => dataProvider.action('change-reports', record!.id, 'review', { decision, note }),
        onSuccess: () => {
            setOpen(false);
            notify('change_reports.done', { type: 'success' });
            refresh();
        },
        onError: (e: HttpError) => {
            setError((e.body as { errors?: Record<string, string> })?.errors?.note ?? e.message);
            notify(e.message, { type: 'error', multiLine: true });
        },
    });
    if (!record || record.status !== 'pending' || !canRole(permissions, 'change-reports', 'review')) return null;
    return (
        <>
            <Button label={`change_reports.${decision}`} color={decision === 'reject' ? 'error' : 'primary'} onClick={() => setOpen(true)}>
                {decision === 'accept' ? <CheckIcon /> : <CloseIcon />}
            </Button>
            <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="crr-title">
                <DialogTitle id="crr-title">{translate(`change_reports.title.${decision}`)}</DialogTitle>
                <DialogContent>
                    <Alert severity="info" sx={{ mb: 2 }}>{translate(`change_reports.content.${decision}`)}</Alert>
                    <TextField name="note" label={translate('change_reports.note')} value={note} onChange={e => setNote(e.target.value)} fullWidth required multiline minRows={2} error={!!error} helperText={error ?? ' '} />
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={() => setOpen(false)}>{translate('merchants.decisions.cancel')}</MuiButton>
                    <MuiButton variant="contained" color={decision === 'reject' ? 'error' : 'primary'} onClick={() => mutate()} disabled={isPending}>{translate('change_reports.confirm')}</MuiButton>
                </DialogActions>
            </Dialog>
        </>
    );
};
