// A business action behind a button: a dialog with a short explanation (and its rule), the few
// fields the action needs, server errors shown beside the fields, and an explicit confirm.
import { useState, type ReactElement, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { Controller, useForm } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import type { ActionFailure } from './useComplaintAction';

export interface ActionField {
    name: string;
    label: string;
    type?: 'text' | 'multiline' | 'date' | 'number' | 'select';
    options?: Array<{ value: string; label: string }>;
    required?: boolean;
    minLength?: number;
    helperText?: string;
    defaultValue?: string | number;
}

export interface ActionDialogButtonProps {
    label: string;
    icon?: ReactElement;
    title?: string;
    help: ReactNode;
    fields: ActionField[];
    color?: 'primary' | 'error' | 'warning' | 'success' | 'inherit';
    variant?: 'text' | 'outlined' | 'contained';
    /** Extra content (e.g. a file dropzone) under the fields. */
    extra?: ReactNode;
    onSubmit: (values: Record<string, string>) => Promise<ActionFailure | null>;
    disabled?: boolean;
}

export const ActionDialogButton = ({ label, icon, title, help, fields, color = 'primary', variant = 'outlined', extra, onSubmit, disabled }: ActionDialogButtonProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    const [failure, setFailure] = useState<string | null>(null);
    const defaults = Object.fromEntries(fields.map(f => [f.name, f.defaultValue === undefined ? '' : String(f.defaultValue)]));
    const { control, handleSubmit, setError, reset, formState } = useForm<Record<string, string>>({ defaultValues: defaults });
    const close = () => {
        setOpen(false);
        setFailure(null);
        reset(defaults);
    };
    const submit = handleSubmit(async values => {
        const result = await onSubmit(values);
        if (!result) return close();
        setFailure(result.message);
        for (const [field, message] of Object.entries(result.errors)) if (fields.some(f => f.name === field)) setError(field, { message });
    });
    return (
        <>
            <Button variant={variant} color={color} startIcon={icon} onClick={() => setOpen(true)} disabled={disabled}>
                {label}
            </Button>
            <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={`dlg-${label}`}>
                <form onSubmit={submit} noValidate>
                    <DialogTitle id={`dlg-${label}`}>{title ?? label}</DialogTitle>
                    <DialogContent>
                        <DialogContentText sx={{ mb: 2 }}>{help}</DialogContentText>
                        <Stack spacing={2}>
                            {fields.map(f => (
                                <Controller
                                    key={f.name}
                                    name={f.name}
                                    control={control}
                                    rules={{
                                        required: f.required ? translate('ra.validation.required') : false,
                                        minLength: f.minLength ? { value: f.minLength, message: translate('ra.validation.minLength', { min: f.minLength }) } : undefined,
                                    }}
                                    render={({ field, fieldState }) => (
                                        <TextField
                                            {...field}
                                            label={f.label}
                                            required={f.required}
                                            type={f.type === 'date' ? 'date' : f.type === 'number' ? 'number' : 'text'}
                                            select={f.type === 'select'}
                                            multiline={f.type === 'multiline'}
                                            minRows={f.type === 'multiline' ? 3 : undefined}
                                            error={!!fieldState.error}
                                            helperText={fieldState.error?.message ?? f.helperText}
                                            slotProps={{ inputLabel: { shrink: true } }}
                                            fullWidth
                                        >
                                            {f.options?.map(o => (
                                                <MenuItem key={o.value} value={o.value}>
                                                    {o.label}
                                                </MenuItem>
                                            ))}
                                        </TextField>
                                    )}
                                />
                            ))}
                            {extra}
                            {failure && <Alert severity="error">{failure}</Alert>}
                        </Stack>
                    </DialogContent>
                    <DialogActions>
                        <Button onClick={close}>{translate('complaints.action.cancel')}</Button>
                        <Button type="submit" variant="contained" color={color === 'inherit' ? 'primary' : color} disabled={formState.isSubmitting}>
                            {translate('complaints.action.confirm')}
                        </Button>
                    </DialogActions>
                </form>
            </Dialog>
        </>
    );
};
