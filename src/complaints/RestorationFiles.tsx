import { Stack } from '@mui/material';
import { useGetMany } from 'react-admin';
import type { FileRecord } from '../domain';
import { FilePreview } from '../files';

/** Proof files of a restoration request, previewed. */
export const RestorationFiles = ({ fileIds }: { fileIds: string[] }) => {
    const { data } = useGetMany<FileRecord>('files', { ids: fileIds }, { enabled: fileIds.length > 0 });
    return (
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
            {(data ?? []).map(f => (
                <FilePreview key={f.id} file={f} height={140} />
            ))}
        </Stack>
    );
};
