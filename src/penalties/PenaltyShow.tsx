import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Show, useRecordContext } from 'react-admin';
import { AuditTrailCard } from '../audit-log/AuditTrailCard';
import type { Penalty } from '../domain';
import { AppealCard } from './AppealCard';
import { GroundCard } from './GroundCard';
import { LedgerEntriesCard } from './LedgerEntriesCard';
import { MeasuresCard } from './MeasuresCard';
import { PenaltyActions } from './PenaltyActions';
import { PenaltyStatusChip } from './PenaltyStatusChip';
import { PublicationCard } from './PublicationCard';
import { TimelineCard } from './TimelineCard';

const Heading = () => {
    const record = useRecordContext<Penalty>();
    if (!record) return null;
    return (
        <Stack direction="row" gap={1} alignItems="center" sx={{ mb: 2 }}>
            <Typography variant="h6" component="h1">
                {record.id} · {record.merchantName}
            </Typography>
            <PenaltyStatusChip />
        </Stack>
    );
};

export const PenaltyShow = () => (
    <Show actions={<PenaltyActions />} sx={{ '& .RaShow-card': { p: 2, bgcolor: 'transparent', boxShadow: 'none' } }}>
        <Heading />
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 7 }}>
                <GroundCard />
                <MeasuresCard />
                <PublicationCard />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
                <TimelineCard />
                <AppealCard />
                <LedgerEntriesCard />
            </Grid>
            <Grid size={12}>
                <AuditTrailCard resource="penalties" />
            </Grid>
        </Grid>
    </Show>
);
export default PenaltyShow;
