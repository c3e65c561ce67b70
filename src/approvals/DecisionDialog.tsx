// A confirm dialog with a note, for approve / reject / mark paid: pessimistic, never undoable.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Approval } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { fieldErrorsOf, messageOf } from '../deposit-accounts/ledgerApi';

export interface DecisionDialogProps {
    open: boolean;
    onClose: () => void;
    approval: Approval;
    action: 'approve' | 'reject' | 'mark-paid';
    title: string;
    content: string;
    noteLabel?: string;
    noteRequired?: boolean;
    confirmLabel: string;
    color: 'primary' | 'error' | 'success' | 'warning';
    done: (result: Approval) => string;
}

export const DecisionDialog = ({ open, onClose, approval, action, title, content, noteLabel, noteRequired, confirmLabel, color, done }: DecisionDialogProps) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [note, setNote] = useState('');
    const [noteError, setNoteError] = useState<string | null>(null);
    const [error, setError] = useState<string | null>(null);
    const mutation = useMutation({
        mutationFn: () => dataProvider.action<Approval>('approvals', String(approval.id), action, { note }),
        onSuccess: ({ data }) => {
            notify(done(data), { type: 'success' });
            onClose();
            refresh();
        },
        onError: e => {
            setNoteError(fieldErrorsOf(e).note ?? null);
            setError(messageOf(e));
        },
    });
    const submit = () => {
        if (noteRequired && !note.trim()) {
            setNoteError(translate('deposits.post.required'));
            return;
        }
        mutation.mutate();
    };
    return (
        <Dialog open={open} onClose={() => !mutation.isPending && onClose()} onClick={e => e.stopPropagation()} fullWidth maxWidth="sm" aria-labelledby={`decide-${approval.id}-${action}`}>
            <DialogTitle id={`decide-${approval.id}-${action}`}>{title}</DialogTitle>
            <DialogContent>
                <DialogContentText sx={{ mb: 2 }}>{content}</DialogContentText>
                {error && (
                    <Alert severity="error" sx={{ mb: 2 }} role="alert">
                        {error}
                    </Alert>
                )}
                {noteLabel && (
                    <TextField
                        fullWidth
                        multiline
                        minRows={2}
                        name="note"
                        label={noteLabel}
                        value={note}
                        onChange={e => setNote(e.target.value)}
                        error={!!noteError}
                        helperText={noteError ?? ' '}
                        required={noteRequired}
                    />
                )}
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose} disabled={mutation.isPending}>
                    {translate('ra.action.cancel')}
                </Button>
                <Button variant="contained" color={color} onClick={submit} disabled={mutation.isPending}>
                    {confirmLabel}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
