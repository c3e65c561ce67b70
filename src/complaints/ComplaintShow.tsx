// The complaint page: the case, its actions, the decision, evidence from each side with
// previews, infringement measures and the timeline (issue 5 points 2-5).
import { Grid, Stack } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../domain';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintSummary } from './ComplaintSummary';
import { AuditTrailCard } from '../audit-log/AuditTrailCard';
import { ComplaintTimeline } from './ComplaintTimeline';
import { DecisionCard } from './DecisionCard';
import { InfringementPanel } from './InfringementPanel';

const Title = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    return <span>{record ? translate('complaints.show.title', { number: record.number }) : ''}</span>;
};

export const ComplaintShow = () => (
    <Show title={<Title />} actions={false} sx={{ minWidth: 0, '& .RaShow-main': { minWidth: 0 }, '& .RaShow-card': { bgcolor: 'transparent', boxShadow: 'none', overflow: 'visible' } }}>
        <Grid container spacing={2} sx={{ py: 2 }}>
            <Grid size={{ xs: 12, lg: 8 }}>
                <Stack spacing={2}>
                    <ComplaintSummary />
                    <ComplaintActions />
                    <DecisionCard />
                    <InfringementPanel />
                    <EvidencePanel />
                </Stack>
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
                <ComplaintTimeline />
            </Grid>
            <Grid size={12}>
                <AuditTrailCard resource="complaints" />
            </Grid>
        </Grid>
    </Show>
);

export default ComplaintShow;
