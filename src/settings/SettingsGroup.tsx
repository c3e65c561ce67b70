// A titled group of settings (deposits, deadlines, …).
import type { ReactNode } from 'react';
import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const SettingsGroup = ({ id, children }: { id: string; children: ReactNode }) => {
    const translate = useTranslate();
    return (
        <Box component="section" aria-labelledby={`settings-${id}`} sx={{ width: '100%', mb: 3 }}>
            <Typography id={`settings-${id}`} variant="h6" component="h2" sx={{ mb: 0.5 }}>
                {translate(`settings.groups.${id}.title`)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
                {translate(`settings.groups.${id}.help`)}
            </Typography>
            <Box sx={{ display: 'grid', gap: 0.5 }}>{children}</Box>
            <Divider sx={{ mt: 2 }} />
        </Box>
    );
};
