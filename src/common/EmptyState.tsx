// The empty state of a list: what is missing and, optionally, why or what to do next. Inside a
// filtered list it says the filters found nothing and offers to clear them.
// Pass it as <List empty={<EmptyState />}> or <Datagrid empty={<EmptyState />}>.
import { useContext, type ReactNode } from 'react';
import { Box, Button, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import { ListContext, useGetResourceLabel, useResourceContext, useTranslate } from 'react-admin';

export interface EmptyStateProps {
    title?: string;
    description?: ReactNode;
    action?: ReactNode;
}

export const EmptyState = ({ title, description, action }: EmptyStateProps) => {
    const translate = useTranslate();
    const resource = useResourceContext();
    const label = useGetResourceLabel();
    const list = useContext(ListContext);
    const filtered = !!list?.filterValues && Object.keys(list.filterValues).length > 0 && typeof list.setFilters === 'function';
    const name = resource ? label(resource, 2) : '';
    const heading = filtered
        ? translate('ra.navigation.no_filtered_results', { name })
        : (title ?? (resource ? translate('ra.navigation.no_results', { name }) : translate('app.empty')));
    return (
        <Box role="status" sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary', width: '100%' }}>
            <InboxIcon sx={{ fontSize: 56, opacity: 0.5 }} aria-hidden />
            <Typography variant="h6" component="p" sx={{ mt: 1 }}>
                {heading}
            </Typography>
            {!filtered && description && (
                <Typography variant="body2" sx={{ mt: 1 }}>
                    {description}
                </Typography>
            )}
            {filtered ? (
                <Button sx={{ mt: 2 }} onClick={() => list.setFilters({}, [])}>
                    {translate('ra.navigation.clear_filters')}
                </Button>
            ) : (
                action && <Box sx={{ mt: 2 }}>{action}</Box>
            )}
        </Box>
    );
};
