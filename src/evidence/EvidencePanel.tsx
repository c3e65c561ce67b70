// The evidence of one complaint, side by side per party (complainant, merchant, platform), and
// the form to add more while the case is open (R-CMP-4).
import { Box, Card, CardContent, Divider, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { canRole, EVIDENCE_PARTIES, type Complaint, type Evidence } from '../domain';
import { useRole } from '../complaints/useServerToday';
import { AddEvidenceForm } from './AddEvidenceForm';
import { EvidenceItem } from './EvidenceItem';

const OPEN: Complaint['status'][] = ['new', 'awaiting_response', 'in_review'];

export const EvidencePanel = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { data, isPending } = useGetList<Evidence>(
        'evidence',
        { filter: { complaintId: record?.id }, sort: { field: 'submittedAt', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
        { enabled: !!record },
    );
    if (!record) return null;
    const open = OPEN.includes(record.status);
    return (
        <Card variant="outlined">
            <CardContent>
                <Typography variant="h6" gutterBottom>
                    {translate('complaints.show.evidence')}
                </Typography>
                {isPending && <LinearProgress />}
                <Grid container spacing={2}>
                    {EVIDENCE_PARTIES.map(party => {
                        const items = (data ?? []).filter(e => e.party === party);
                        return (
                            <Grid key={party} size={{ xs: 12 }}>
                                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                                    {translate(`evidence.party.${party}`)} ({items.length})
                                </Typography>
                                <Stack spacing={1.5} sx={{ mt: 1 }}>
                                    {items.length === 0 && !isPending && (
                                        <Typography variant="body2" color="text.secondary">
                                            {translate('evidence.none')}
                                        </Typography>
                                    )}
                                    {items.map(e => (
                                        <EvidenceItem key={e.id} evidence={e} caseOpen={open} />
                                    ))}
                                </Stack>
                            </Grid>
                        );
                    })}
                </Grid>
                <Divider sx={{ my: 2 }} />
                {open && canRole(role, 'evidence', 'create') ? (
                    <AddEvidenceForm complaintId={record.id} />
                ) : (
                    <Box>
                        <Typography variant="body2" color="text.secondary">
                            {!open ? translate('evidence.closed') : ''}
                        </Typography>
                    </Box>
                )}
            </CardContent>
        </Card>
    );
};
