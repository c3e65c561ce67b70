// One business action behind a confirm dialog: pessimistic, never undoable, and the server's
// message shown in the dialog when it refuses (403 who may, 409 wrong state, 422 fields).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { TradewardDataProvider } from '../providers/dataProvider';

export interface ActionDialogButtonProps {
    resource: string;
    id: string;
    action: string;
    label: string;
    title: string;
    content?: ReactNode;
    icon?: ReactNode;
    color?: 'primary' | 'error' | 'warning' | 'success' | 'inherit';
    /** Extra form fields; `body()` builds the request body from them. */
    children?: ReactNode;
    body: () => Record<string, unknown>;
    /** Client-side check before sending: a message, or null. */
    check?: () => string | null;
    onDone?: (data: unknown) => void;
    successMessage?: (data: any) => string;
    disabled?: boolean;
    onOpen?: () => void;
}

export const ActionDialogButton = (props: ActionDialogButtonProps) => {
    const [open, setOpen] = useState(false);
    const [error, setError] = useState<string | null>(null);
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const titleId = useId();
    // One key per opened dialog: a double click or a retry is applied once.
    const [key, setKey] = useState(() => crypto.randomUUID());
    const { mutate, isPending } = useMutation({
        mutationFn: () => dataProvider.action(props.resource, props.id, props.action, props.body(), { idempotencyKey: key }),
        onSuccess: ({ data }) => {
            setOpen(false);
            notify(props.successMessage ? props.successMessage(data) : translate('penalties.actions.confirm'), { type: 'success' });
            refresh();
            props.onDone?.(data);
        },
        onError: (e: any) => {
            const fields = e?.body?.errors ? Object.values(e.body.errors as Record<string, string>).join(' ') : '';
            setError([e?.message, fields].filter(Boolean).join(' — '));
        },
    });
    const submit = () => {
        const problem = props.check?.() ?? null;
        if (problem) return setError(problem);
        setError(null);
        mutate();
    };
    return (
        <>
            <Button
                size="small"
                variant="outlined"
                color={props.color ?? 'primary'}
                startIcon={props.icon}
                disabled={props.disabled}
                sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
                onClick={() => {
                    setError(null);
                    setKey(crypto.randomUUID());
                    props.onOpen?.();
                    setOpen(true);
                }}
            >
                {props.label}
            </Button>
            <Dialog open={open} onClose={() => !isPending && setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
                <DialogTitle id={titleId}>{props.title}</DialogTitle>
                <DialogContent>
                    {props.content && <DialogContentText sx={{ mb: 2 }}>{props.content}</DialogContentText>}
                    {props.children}
                    {error && (
                        <Alert severity="error" sx={{ mt: 2 }} role="alert">
                            {error}
                        </Alert>
                    )}
                </DialogContent>
                <DialogActions>
                    <Button onClick={() => setOpen(false)} disabled={isPending}>
                        {translate('ra.action.cancel')}
                    </Button>
                    <Button onClick={submit} variant="contained" color={props.color === 'inherit' ? 'primary' : (props.color ?? 'primary')} disabled={isPending}>
                        {translate('penalties.actions.confirm')}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};
