// R-REG-5: record passed/failed with findings and attachments (uploaded through POST /files,
// which checks the type by its first bytes and the size limit).
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import type { FileRecord, Merchant } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const RecordOnSiteResultButton = ({ checkId }: { checkId: string }) => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [open, setOpen] = useState(false);
    const [status, setStatus] = useState<'passed' | 'failed' | ''>('');
    const [result, setResult] = useState('');
    const [files, setFiles] = useState<File[]>([]);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const { mutate, isPending } = useMutation({
        mutationFn: async () => {
            const fileIds: string[] = [];
            for (const file of files) {
                try {
                    fileIds.push((await dataProvider.upload<FileRecord>(file)).data.id);
                } catch (e) {
                    const err = e as HttpError;
                    const body = err.body as { errors?: Record<string, string> } | undefined;
                    throw Object.assign(err, { body: { errors: { fileIds: `${file.name}: ${body?.errors?.file ?? err.message}` } } });
                }
            }
            return dataProvider.action('merchants', record!.id, `on-site-checks/${encodeURIComponent(checkId)}/result`, { status, result, fileIds });
        },
        onSuccess: () => {
            setOpen(false);
            notify('merchants.on_site.recorded', { type: 'success' });
            refresh();
        },
        onError: (e: HttpError) => {
            setErrors((e.body as { errors?: Record<string, string> })?.errors ?? {});
            notify(e.message, { type: 'error' });
        },
    });
    return (
        <>
            <Button label="merchants.on_site.record" onClick={() => setOpen(true)}><FactCheckIcon /></Button>
            <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="osr-title">
                <DialogTitle id="osr-title">{translate('merchants.on_site.record_title')}</DialogTitle>
                <DialogContent>
                    <Alert severity="warning" sx={{ mb: 2 }}>{translate('merchants.on_site.failed_blocks')}</Alert>
                    <TextField select name="status" label={translate('merchants.on_site.outcome')} value={status} onChange={e => setStatus(e.target.value as 'passed')} fullWidth margin="dense" required error={!!errors.status} helperText={errors.status ?? ' '}>
                        <MenuItem value="passed">{translate('merchants.on_site.status.passed')}</MenuItem>
                        <MenuItem value="failed">{translate('merchants.on_site.status.failed')}</MenuItem>
                    </TextField>
                    <TextField name="result" label={translate('merchants.on_site.result')} value={result} onChange={e => setResult(e.target.value)} fullWidth margin="dense" required multiline minRows={3} error={!!errors.result} helperText={errors.result ?? ' '} />
                    <Typography variant="body2" sx={{ mt: 1 }}>{translate('merchants.on_site.attachments')}</Typography>
                    <input type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" aria-label={translate('merchants.on_site.attachments')} onChange={e => setFiles([...(e.target.files ?? [])])} />
                    {errors.fileIds && <FormHelperText error>{errors.fileIds}</FormHelperText>}
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={() => setOpen(false)}>{translate('merchants.decisions.cancel')}</MuiButton>
                    <MuiButton variant="contained" onClick={() => mutate()} disabled={isPending}>{isPending ? translate('merchants.on_site.uploading') : translate('merchants.on_site.record')}</MuiButton>
                </DialogActions>
            </Dialog>
        </>
    );
};
