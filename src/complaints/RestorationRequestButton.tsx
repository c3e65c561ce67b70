import { useState } from 'react';
import { Stack } from '@mui/material';
import RestoreIcon from '@mui/icons-material/Restore';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, MIN_REASON_LENGTH, type Complaint, type FileRecord } from '../domain';
import { FileDropzone, FilePreview } from '../files';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** R-CMP-10: the merchant applies for restoration with proof or corrected information. */
export const RestorationRequestButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const [files, setFiles] = useState<FileRecord[]>([]);
    const { run } = useComplaintAction('restoration-request');
    const r = record?.infringement?.restoration;
    if (!record?.infringement || !canRole(role, 'complaints', 'infringement') || r?.status === 'pending' || r?.status === 'restored') return null;
    return (
        <ActionDialogButton
            label={translate('complaints.action.restoration_request')}
            icon={<RestoreIcon />}
            help={translate('complaints.action.restoration_request_help')}
            fields={[{ name: 'statement', label: translate('complaints.action.statement'), type: 'multiline', required: true, minLength: MIN_REASON_LENGTH }]}
            extra={
                <Stack spacing={1}>
                    <FileDropzone label={translate('complaints.action.restoration_files')} onUploaded={f => setFiles(list => [...list, f])} />
                    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
                        {files.map(f => (
                            <FilePreview key={f.id} file={f} height={120} />
                        ))}
                    </Stack>
                </Stack>
            }
            onSubmit={async values => {
                const result = await run({ statement: values.statement, fileIds: files.map(f => f.id) });
                if (!result) setFiles([]);
                return result && result.errors.fileIds ? { ...result, message: result.errors.fileIds } : result;
            }}
        />
    );
};
