// R-PRV-1: full contact data only by a deliberate, audited action with a reason.
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, usePermissions, useRecordContext, useTranslate, type HttpError } from 'react-admin';
import { canRole, type Merchant } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

type Contact = Pick<Merchant, 'contactPerson' | 'contactTitle' | 'email' | 'phone' | 'contactAddress'>;

export const RevealContactButton = () => {
    const record = useRecordContext<Merchant>();
    const { permissions } = usePermissions();
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [open, setOpen] = useState(false);
    const [reason, setReason] = useState('');
    const [error, setError] = useState<string | null>(null);
    const [contact, setContact] = useState<Contact | null>(null);
    const { mutate, isPending } = useMutation({
        mutationFn: () => dataProvider.action<Contact>('merchants', record!.id, 'reveal-contact', { reason: reason.trim() }),
        onSuccess: ({ data }) => setContact(data),
        onError: (e: HttpError) => {
            setError((e.body as { errors?: Record<string, string> })?.errors?.reason ?? e.message);
            notify(e.message, { type: 'error' });
        },
    });
    if (!record || !canRole(permissions, 'merchants', 'reveal-contact')) return null;
    const close = () => {
        setOpen(false);
        setContact(null);
        setReason('');
        setError(null);
    };
    return (
        <>
            <Button label="merchants.reveal.button" onClick={() => setOpen(true)}>
                <VisibilityIcon />
            </Button>
            <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="reveal-title">
                <DialogTitle id="reveal-title">{translate('merchants.reveal.title')}</DialogTitle>
                <DialogContent>
                    {contact ? (
                        <Table size="small" data-testid="revealed-contact">
                            <TableBody>
                                {(['contactPerson', 'contactTitle', 'email', 'phone', 'contactAddress'] as const).map(f => (
                                    <TableRow key={f}>
                                        <TableCell component="th">{translate(`resources.merchants.fields.${f}`)}</TableCell>
                                        <TableCell>{contact[f]}</TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    ) : (
                        <>
                            <Alert severity="warning" sx={{ mb: 2 }}>{translate('merchants.reveal.help')}</Alert>
                            <TextField
                                autoFocus
                                fullWidth
                                required
                                name="reason"
                                label={translate('merchants.reveal.reason')}
                                value={reason}
                                onChange={e => setReason(e.target.value)}
                                error={!!error}
                                helperText={error ?? ' '}
                            />
                        </>
                    )}
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={close}>{translate('merchants.reveal.close')}</MuiButton>
                    {!contact && (
                        <MuiButton variant="contained" onClick={() => mutate()} disabled={isPending}>
                            {translate('merchants.reveal.submit')}
                        </MuiButton>
                    )}
                </DialogActions>
            </Dialog>
        </>
    );
};
