import { IconButton, Stack, Tooltip, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useTranslate } from 'react-admin';

/** A file's SHA-256: shortened on screen, whole in the tooltip and on copy. */
export const Sha256 = ({ value }: { value: string }) => {
    const translate = useTranslate();
    if (!value) return null;
    return (
        <Stack direction="row" alignItems="center" spacing={0.5} sx={{ minWidth: 0 }}>
            <Typography variant="caption" color="text.secondary">
                {translate('files.sha256')}
            </Typography>
            <Tooltip title={value}>
                <Typography variant="caption" sx={{ fontFamily: 'monospace' }} data-sha256={value}>
                    {value.slice(0, 12)}…{value.slice(-6)}
                </Typography>
            </Tooltip>
            <Tooltip title={translate('files.copy')}>
                <IconButton size="small" aria-label={translate('files.copy')} onClick={() => void navigator.clipboard?.writeText(value)}>
                    <ContentCopyIcon sx={{ fontSize: 14 }} />
                </IconButton>
            </Tooltip>
        </Stack>
    );
};
