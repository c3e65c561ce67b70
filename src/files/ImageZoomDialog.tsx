import { useState } from 'react';
import { Box, Dialog, DialogContent, DialogTitle, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslate } from 'react-admin';

const STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 4];

/** An evidence image at full size with zoom in/out (buttons and +/- keys). */
export const ImageZoomDialog = ({ src, name, open, onClose }: { src: string; name: string; open: boolean; onClose: () => void }) => {
    const translate = useTranslate();
    const [step, setStep] = useState(2);
    const zoom = (d: number) => setStep(s => Math.min(STEPS.length - 1, Math.max(0, s + d)));
    return (
        <Dialog
            open={open}
            onClose={onClose}
            maxWidth="lg"
            fullWidth
            onKeyDown={event => {
                if (event.key === '+' || event.key === '=') zoom(1);
                if (event.key === '-') zoom(-1);
            }}
        >
            <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Typography component="span" variant="h6" sx={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {name}
                </Typography>
                <Stack direction="row" alignItems="center">
                    <Tooltip title={translate('files.zoom_out')}>
                        <span>
                            <IconButton aria-label={translate('files.zoom_out')} onClick={() => zoom(-1)} disabled={step === 0}>
                                <ZoomOutIcon />
                            </IconButton>
                        </span>
                    </Tooltip>
                    <Typography variant="body2" sx={{ width: 48, textAlign: 'center' }} aria-live="polite">
                        {Math.round(STEPS[step] * 100)}%
                    </Typography>
                    <Tooltip title={translate('files.zoom_in')}>
                        <span>
                            <IconButton aria-label={translate('files.zoom_in')} onClick={() => zoom(1)} disabled={step === STEPS.length - 1}>
                                <ZoomInIcon />
                            </IconButton>
                        </span>
                    </Tooltip>
                    <IconButton aria-label={translate('files.close')} onClick={onClose}>
                        <CloseIcon />
                    </IconButton>
                </Stack>
            </DialogTitle>
            <DialogContent dividers sx={{ bgcolor: 'grey.900', p: 0 }}>
                <Box sx={{ overflow: 'auto', maxHeight: '75vh', textAlign: 'center' }}>
                    <img src={src} alt={name} style={{ width: `${STEPS[step] * 100}%`, imageRendering: STEPS[step] > 1 ? 'pixelated' : 'auto' }} />
                </Box>
            </DialogContent>
        </Dialog>
    );
};
