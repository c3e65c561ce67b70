// One evidence file: images inline (click to zoom), PDFs in an embedded viewer, a download link,
// its SHA-256, and a warning when the same bytes are evidence in another complaint.
import { useState } from 'react';
import { Alert, Box, ButtonBase, Card, CardContent, CircularProgress, Link, Stack, Tooltip, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useLocaleState, useTranslate } from 'react-admin';
import type { FileRecord } from '../domain';
import { formatSize } from './formatSize';
import { ImageZoomDialog } from './ImageZoomDialog';
import { Sha256 } from './Sha256';
import { useFileObjectUrl } from './useFileObjectUrl';

export type PreviewFile = Pick<FileRecord, 'id' | 'name' | 'contentType' | 'size' | 'sha256'> & { duplicateOf?: string[] };

export const FilePreview = ({ file, height = 220 }: { file: PreviewFile; height?: number }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const [zoom, setZoom] = useState(false);
    const { url: src, error } = useFileObjectUrl(file.id, file.contentType);
    const isPdf = file.contentType === 'application/pdf';
    return (
        <Card variant="outlined" sx={{ width: isPdf ? 360 : 260, maxWidth: '100%' }} data-testid={`file-preview-${file.id}`} data-content-type={file.contentType}>
            <Box sx={{ height, bgcolor: 'grey.100', display: 'flex', alignItems: 'center', justifyContent: 'center', overflow: 'hidden' }}>
                {!src ? (
                    error ? <Typography variant="caption" color="error">{translate('ra.notification.http_error')}</Typography> : <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
                ) : isPdf ? (
                    <iframe src={src} title={translate('files.pdf_title', { name: file.name })} style={{ border: 0, width: '100%', height: '100%' }} />
                ) : (
                    <Tooltip title={translate('files.zoom_in')}>
                        <ButtonBase onClick={() => setZoom(true)} aria-label={`${translate('files.zoom_in')}: ${file.name}`} sx={{ width: '100%', height: '100%' }}>
                            <img src={src} alt={file.name} loading="lazy" style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }} />
                        </ButtonBase>
                    </Tooltip>
                )}
            </Box>
            <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Stack direction="row" spacing={1} alignItems="center">
                    {isPdf && <PictureAsPdfIcon fontSize="small" color="error" aria-hidden />}
                    <Typography variant="body2" noWrap title={file.name} sx={{ flex: 1, minWidth: 0 }}>
                        {file.name}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                        {file.size ? formatSize(file.size, locale) : ''}
                    </Typography>
                </Stack>
                <Sha256 value={file.sha256} />
                <Link href={src ?? undefined} download={file.name} variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                    <DownloadIcon fontSize="inherit" aria-hidden />
                    {translate('files.download')}
                </Link>
                {file.duplicateOf && file.duplicateOf.length > 0 && (
                    <Alert severity="warning" sx={{ mt: 1, py: 0 }} title={translate('files.duplicate_help')}>
                        {translate('files.duplicate', { numbers: file.duplicateOf.join(', ') })}
                    </Alert>
                )}
            </CardContent>
            {!isPdf && src && <ImageZoomDialog src={src} name={file.name} open={zoom} onClose={() => setZoom(false)} />}
        </Card>
    );
};
