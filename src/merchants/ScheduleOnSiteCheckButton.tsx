import EventIcon from '@mui/icons-material/Event';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import type { Merchant } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const ScheduleOnSiteCheckButton = () => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [open, setOpen] = useState(false);
    const [scheduledFor, setScheduledFor] = useState('');
    const [note, setNote] = useState('');
    const [errors, setErrors] = useState<Record<string, string>>({});
    const { mutate, isPending } = useMutation({
        mutationFn: () => dataProvider.action('merchants', record!.id, 'on-site-checks', { scheduledFor, note }),
        onSuccess: () => {
            setOpen(false);
            notify('merchants.on_site.scheduled', { type: 'success' });
            refresh();
        },
        onError: (e: HttpError) => {
            setErrors((e.body as { errors?: Record<string, string> })?.errors ?? {});
            notify(e.message, { type: 'error' });
        },
    });
    return (
        <>
            <Button label="merchants.on_site.schedule" onClick={() => setOpen(true)}><EventIcon /></Button>
            <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs" aria-labelledby="osc-title">
                <DialogTitle id="osc-title">{translate('merchants.on_site.schedule')}</DialogTitle>
                <DialogContent>
                    <TextField
                        type="date"
                        name="scheduledFor"
                        label={translate('merchants.on_site.scheduledFor')}
                        value={scheduledFor}
                        onChange={e => setScheduledFor(e.target.value)}
                        fullWidth
                        margin="dense"
                        required
                        slotProps={{ inputLabel: { shrink: true } }}
                        error={!!errors.scheduledFor}
                        helperText={errors.scheduledFor ?? ' '}
                    />
                    <TextField name="note" label={translate('merchants.on_site.note')} value={note} onChange={e => setNote(e.target.value)} fullWidth margin="dense" multiline minRows={2} />
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={() => setOpen(false)}>{translate('merchants.decisions.cancel')}</MuiButton>
                    <MuiButton variant="contained" onClick={() => mutate()} disabled={isPending}>{translate('merchants.on_site.schedule')}</MuiButton>
                </DialogActions>
            </Dialog>
        </>
    );
};
