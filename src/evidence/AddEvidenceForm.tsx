// Adds one evidence item: who submitted it, a description, and one or more files dropped or
// chosen (uploaded at once to POST /files, previewed before saving). R-CMP-4.
import { useState } from 'react';
import { Alert, Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';
import { EVIDENCE_PARTIES, type EvidenceParty, type FileRecord } from '../domain';
import { FileDropzone, FilePreview, useUploadLimitMb } from '../files';
import { toFailure } from '../complaints/useComplaintAction';

export const AddEvidenceForm = ({ complaintId }: { complaintId: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const mb = useUploadLimitMb();
    const [party, setParty] = useState<EvidenceParty>('complainant');
    const [description, setDescription] = useState('');
    const [files, setFiles] = useState<FileRecord[]>([]);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [create, { isPending }] = useCreate();

    const save = () => {
        const local: Record<string, string> = {};
        if (description.trim().length < 5) local.description = translate('ra.validation.minLength', { min: 5 });
        if (files.length === 0) local.fileIds = translate('evidence.need_files');
        setErrors(local);
        if (Object.keys(local).length) return;
        create(
            'evidence',
            { data: { complaintId, party, description: description.trim(), fileIds: files.map(f => f.id) } },
            {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                    notify('evidence.saved', { type: 'success' });
                    setDescription('');
                    setFiles([]);
                    setErrors({});
                    refresh();
                },
                onError: error => {
                    const failure = toFailure(error);
                    setErrors({ ...failure.errors, form: failure.message });
                },
            },
        );
    };

    return (
        <Stack spacing={2} component="section" aria-label={translate('evidence.add')}>
            <Typography variant="subtitle1">{translate('evidence.add')}</Typography>
            <Typography variant="body2" color="text.secondary">
                {translate('evidence.add_help', { mb })}
            </Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField select label={translate('resources.evidence.fields.party')} value={party} onChange={e => setParty(e.target.value as EvidenceParty)} sx={{ minWidth: 180 }} name="party" error={!!errors.party} helperText={errors.party}>
                    {EVIDENCE_PARTIES.map(p => (
                        <MenuItem key={p} value={p}>
                            {translate(`evidence.party.${p}`)}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField
                    label={translate('resources.evidence.fields.description')}
                    name="description"
                    value={description}
                    onChange={e => setDescription(e.target.value)}
                    required
                    fullWidth
                    error={!!errors.description}
                    helperText={errors.description}
                />
            </Stack>
            <FileDropzone onUploaded={f => setFiles(list => [...list, f])} />
            {errors.fileIds && <Alert severity="error">{errors.fileIds}</Alert>}
            {files.length > 0 && (
                <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
                    {files.map(f => (
                        <Stack key={f.id} alignItems="flex-end">
                            <Tooltip title={translate('files.remove', { name: f.name })}>
                                <IconButton size="small" aria-label={translate('files.remove', { name: f.name })} onClick={() => setFiles(list => list.filter(x => x.id !== f.id))}>
                                    <DeleteIcon fontSize="small" />
                                </IconButton>
                            </Tooltip>
                            <FilePreview file={f} height={160} />
                        </Stack>
                    ))}
                </Stack>
            )}
            {errors.form && !errors.fileIds && !errors.description && <Alert severity="error">{errors.form}</Alert>}
            <div>
                <Button variant="contained" onClick={save} disabled={isPending}>
                    {translate('evidence.submit')}
                </Button>
            </div>
        </Stack>
    );
};
