// Reverse a ledger entry (R-DEP-12): a confirmed, pessimistic action with a required note; the
// Idempotency-Key is made once per dialog opening so a double click posts one reversal.
import { useRef, useState } from 'react';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { canRole, type LedgerEntry } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { fieldErrorsOf, messageOf, newIdempotencyKey } from './ledgerApi';

export const ReverseEntryButton = ({ reversed, accountClosed }: { reversed: boolean; accountClosed?: boolean }) => {
    const entry = useRecordContext<LedgerEntry>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    const [note, setNote] = useState('');
    const [noteError, setNoteError] = useState<string | null>(null);
    const [error, setError] = useState<string | null>(null);
    const key = useRef('');
    const mutation = useMutation({
        mutationFn: () => dataProvider.action<LedgerEntry>('ledger-entries', String(entry!.id), 'reverse', { note }, { idempotencyKey: key.current }),
        onSuccess: ({ data }) => {
            notify('ledger.reverse.done', { type: 'success', messageArgs: { id: data.id } });
            setOpen(false);
            refresh();
        },
        onError: e => {
            setNoteError(fieldErrorsOf(e).note ?? null);
            setError(messageOf(e));
        },
    });
    if (!entry || entry.type === 'reversal' || reversed || accountClosed || !canRole(permissions, 'ledger-entries', 'reverse')) return null;
    const submit = () => {
        if (!note.trim()) {
            setNoteError(translate('deposits.post.required'));
            return;
        }
        mutation.mutate();
    };
    return (
        <>
            <Button
                size="small"
                color="warning"
                startIcon={<UndoIcon />}
                onClick={e => {
                    e.stopPropagation();
                    key.current = newIdempotencyKey();
                    setNote('');
                    setNoteError(null);
                    setError(null);
                    setOpen(true);
                }}
            >
                {translate('ledger.reverse.button')}
            </Button>
            <Dialog open={open} onClose={() => !mutation.isPending && setOpen(false)} onClick={e => e.stopPropagation()} fullWidth maxWidth="sm" aria-labelledby={`reverse-${entry.id}`}>
                <DialogTitle id={`reverse-${entry.id}`}>{translate('ledger.reverse.title', { id: entry.id })}</DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>{translate('ledger.reverse.content')}</DialogContentText>
                    {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
                    <TextField
                        autoFocus
                        fullWidth
                        multiline
                        minRows={2}
                        label={translate('ledger.reverse.note')}
                        value={note}
                        onChange={e => setNote(e.target.value)}
                        error={!!noteError}
                        helperText={noteError ?? ' '}
                        name="note"
                    />
                </DialogContent>
                <DialogActions>
                    <Button onClick={() => setOpen(false)} disabled={mutation.isPending}>
                        {translate('ra.action.cancel')}
                    </Button>
                    <Button variant="contained" color="warning" onClick={submit} disabled={mutation.isPending}>
                        {translate('ledger.reverse.confirm')}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};
