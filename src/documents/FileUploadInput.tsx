// A file chooser that uploads through POST /files and stores the returned id in the form;
// the server's refusal (too large, not an image or PDF) is shown at this field.
import { FormHelperText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useDataProvider, useTranslate, type HttpError } from 'react-admin';
import type { FileRecord } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const FileUploadInput = ({ source, label }: { source: string; label: string }) => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [busy, setBusy] = useState(false);
    const [uploadError, setUploadError] = useState<string | null>(null);
    const { field, fieldState } = useInput({ source, validate: (v: unknown) => (Array.isArray(v) && v.length ? undefined : 'ra.validation.required') });
    const onChange = async (file: File | undefined) => {
        if (!file) return;
        setBusy(true);
        setUploadError(null);
        try {
            const { data } = await dataProvider.upload<FileRecord>(file);
            field.onChange([data.id]);
        } catch (e) {
            const err = e as HttpError;
            field.onChange([]);
            setUploadError((err.body as { errors?: Record<string, string> })?.errors?.file ?? err.message);
        } finally {
            setBusy(false);
        }
    };
    const error = uploadError ?? (fieldState.error?.message ? translate(fieldState.error.message) : null);
    return (
        <Stack spacing={0.5} sx={{ my: 1 }}>
            <Typography variant="body2" component="label" htmlFor={`upload-${source}`}>{translate(label)}</Typography>
            <input id={`upload-${source}`} name="file" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" onChange={e => void onChange(e.target.files?.[0])} />
            <FormHelperText error={!!error} data-testid="upload-error">
                {busy ? translate('documents.uploading') : (error ?? translate('documents.upload_help'))}
            </FormHelperText>
        </Stack>
    );
};
