// Drag-and-drop upload: each dropped or chosen file goes to POST /files (dataProvider.upload);
// the server detects the real type and refuses what is not JPEG, PNG, WebP or PDF, and its
// message is shown beside the file that caused it.
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Alert, Box, LinearProgress, Link, Stack, Typography } from '@mui/material';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { useDataProvider, useTranslate } from 'react-admin';
import type { FileRecord } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { ACCEPT } from './formatSize';
import { useUploadLimitMb } from './useUploadLimit';

export interface FileDropzoneProps {
    onUploaded: (file: FileRecord) => void;
    disabled?: boolean;
    /** Accessible name of the drop area. */
    label?: string;
}

interface Failure {
    name: string;
    message: string;
}

const errorMessage = (error: unknown): string => {
    const e = error as { body?: { errors?: { file?: string }; message?: string }; message?: string };
    return e?.body?.errors?.file ?? e?.body?.message ?? e?.message ?? 'Upload failed';
};

export const FileDropzone = ({ onUploaded, disabled = false, label }: FileDropzoneProps) => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const mb = useUploadLimitMb();
    const input = useRef<HTMLInputElement>(null);
    const [over, setOver] = useState(false);
    const [busy, setBusy] = useState<string | null>(null);
    const [failures, setFailures] = useState<Failure[]>([]);

    const uploadAll = async (files: File[]) => {
        if (disabled || files.length === 0) return;
        const failed: Failure[] = [];
        for (const file of files) {
            setBusy(file.name);
            try {
                const { data } = await dataProvider.upload<FileRecord>(file);
                onUploaded(data);
            } catch (error) {
                failed.push({ name: file.name, message: errorMessage(error) });
            }
        }
        setBusy(null);
        setFailures(failed);
    };

    const onDrop = (event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        void uploadAll(Array.from(event.dataTransfer?.files ?? []));
    };
    const open = () => !disabled && input.current?.click();
    const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            open();
        }
    };

    return (
        <Stack spacing={1}>
            <Box
                role="button"
                tabIndex={disabled ? -1 : 0}
                aria-disabled={disabled}
                data-testid="file-dropzone"
                onClick={open}
                onKeyDown={onKeyDown}
                onDragOver={event => {
                    event.preventDefault();
                    if (!disabled) setOver(true);
                }}
                onDragLeave={() => setOver(false)}
                onDrop={onDrop}
                sx={{
                    border: '2px dashed',
                    borderColor: over ? 'primary.main' : 'divider',
                    bgcolor: over ? 'action.hover' : 'background.default',
                    borderRadius: 1,
                    p: 2,
                    textAlign: 'center',
                    cursor: disabled ? 'not-allowed' : 'pointer',
                    opacity: disabled ? 0.6 : 1,
                    outline: 'none',
                    '&:focus-visible': { borderColor: 'primary.main', boxShadow: 3 },
                }}
            >
                <CloudUploadIcon color={over ? 'primary' : 'action'} aria-hidden />
                {/* The accessible name is the visible text (WCAG 2.5.3): a label is shown, not only announced. */}
                {label && (
                    <Typography variant="subtitle2" component="span" sx={{ display: 'block' }}>
                        {label}
                    </Typography>
                )}
                <Typography variant="body2">
                    {translate('files.drop')} <Link component="span" underline="always">{translate('files.choose')}</Link>
                </Typography>
                <Typography variant="caption" color="text.secondary">
                    {translate('files.accepted', { mb })}
                </Typography>
                <input
                    ref={input}
                    type="file"
                    multiple
                    hidden
                    accept={ACCEPT}
                    data-testid="file-input"
                    onChange={event => {
                        const files = Array.from(event.target.files ?? []);
                        event.target.value = '';
                        void uploadAll(files);
                    }}
                />
            </Box>
            {busy && (
                <Box role="status">
                    <Typography variant="caption">{translate('files.uploading', { name: busy })}</Typography>
                    <LinearProgress />
                </Box>
            )}
            {failures.map(f => (
                <Alert key={f.name} severity="error" onClose={() => setFailures(list => list.filter(x => x !== f))}>
                    {translate('files.failed', { name: f.name, message: f.message })}
                </Alert>
            ))}
        </Stack>
    );
};
