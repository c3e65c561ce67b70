import AttachFileIcon from '@mui/icons-material/AttachFile';
import GavelIcon from '@mui/icons-material/Gavel';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { FileRecord, Penalty } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { ActionDialogButton } from './ActionDialogButton';
import { NoteField } from './NoteField';
import { useMe } from './useMe';

/** Record the merchant's appeal with its statement and attachments (R-PEN-7). */
export const AppealButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [statement, setStatement] = useState('');
    const [files, setFiles] = useState<FileRecord[]>([]);
    const [uploading, setUploading] = useState(false);
    const [uploadError, setUploadError] = useState<string | null>(null);
    if (!record || record.status !== 'active' || record.appeal || !me.can('penalties', 'appeal')) return null;
    const onFiles = async (list: FileList | null) => {
        if (!list) return;
        setUploading(true);
        setUploadError(null);
        try {
            for (const file of Array.from(list)) {
                const { data } = await dataProvider.upload<FileRecord>(file, { purpose: 'penalty-appeal' });
                setFiles(f => [...f, data]);
            }
        } catch (e) {
            setUploadError((e as Error).message);
        } finally {
            setUploading(false);
        }
    };
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="appeal"
            label={translate('penalties.actions.appeal')}
            title={translate('penalties.actions.appeal_title')}
            content={translate('penalties.appeal.none')}
            icon={<GavelIcon />}
            onOpen={() => {
                setStatement('');
                setFiles([]);
                setUploadError(null);
            }}
            body={() => ({ statement, fileIds: files.map(f => f.id) })}
            successMessage={() => translate('penalties.appeal.status.pending')}
        >
            <NoteField value={statement} onChange={setStatement} label={translate('penalties.appeal.statement')} />
            <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ mt: 2 }}>
                <Button component="label" size="small" startIcon={<AttachFileIcon />} disabled={uploading}>
                    {uploading ? translate('penalties.actions.uploading') : translate('penalties.actions.upload')}
                    <input hidden type="file" multiple accept="image/png,image/jpeg,image/webp,application/pdf" onChange={e => onFiles(e.target.files)} />
                </Button>
                {files.map(f => (
                    <Chip key={f.id} size="small" label={f.name} onDelete={() => setFiles(list => list.filter(x => x.id !== f.id))} />
                ))}
            </Stack>
            {uploadError && <Chip color="error" sx={{ mt: 1 }} label={uploadError} />}
        </ActionDialogButton>
    );
};
