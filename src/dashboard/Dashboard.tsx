// Each role lands on its own work: its queues with counts, SLA breaches and oldest items,
// then the charts (loaded in their own chunk).
import { lazy, Suspense } from 'react';
import { Box, Grid, Skeleton, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Role } from '../domain';
import { QueueCard } from './QueueCard';
import { queuesFor } from './queues';

const Charts = lazy(() => import('./Charts'));

export const Dashboard = () => {
    const translate = useTranslate();
    const { identity, isPending } = useGetIdentity();
    if (isPending || !identity) return <Skeleton variant="rectangular" height={200} />;
    const role = identity.role as Role;
    return (
        <Box sx={{ py: 2 }}>
            <Title title={translate('dashboard.title')} />
            <Typography variant="h5" component="h1" gutterBottom>
                {translate('dashboard.greeting', { name: identity.fullName, role: translate(`app.roles.${role}`) })}
            </Typography>
            <Grid container spacing={2} sx={{ mb: 3 }}>
                {queuesFor(role).map(queue => (
                    <Grid key={queue.id} size={{ xs: 12, sm: 6, lg: 3 }}>
                        <QueueCard queue={queue} />
                    </Grid>
                ))}
            </Grid>
            <Suspense fallback={<Skeleton variant="rectangular" height={300} />}>
                <Charts />
            </Suspense>
        </Box>
    );
};

export default Dashboard;
