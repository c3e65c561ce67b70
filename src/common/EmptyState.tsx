// The empty state of a list: what is missing and, optionally, why or what to do next.
// Pass it as <List empty={<EmptyState />}>; it uses the resource name when no title is given.
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import { useGetResourceLabel, useResourceContext, useTranslate } from 'react-admin';

export interface EmptyStateProps {
    title?: string;
    description?: ReactNode;
    action?: ReactNode;
}

export const EmptyState = ({ title, description, action }: EmptyStateProps) => {
    const translate = useTranslate();
    const resource = useResourceContext();
    const label = useGetResourceLabel();
    const heading = title ?? (resource ? translate('ra.navigation.no_results', { name: label(resource, 2) }) : translate('app.empty'));
    return (
        <Box role="status" sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary', width: '100%' }}>
            <InboxIcon sx={{ fontSize: 56, opacity: 0.5 }} aria-hidden />
            <Typography variant="h6" component="p" sx={{ mt: 1 }}>
                {heading}
            </Typography>
            {description && <Typography variant="body2" sx={{ mt: 1 }}>{description}</Typography>}
            {action && <Box sx={{ mt: 2 }}>{action}</Box>}
        </Box>
    );
};
