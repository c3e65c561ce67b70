// The case at a glance: parties, type, order, claim, description, deadline (R-CMP-1, R-CMP-4).
import { Alert, Card, CardContent, Chip, Grid, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { isSeriousType, type Complaint } from '../domain';
import { formatDateTime, formatMinor } from '../common';
import { ComplaintStatusChip } from './ComplaintStatusChip';
import { DeadlineField } from './DeadlineField';

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
    <Grid size={{ xs: 12, sm: 6 }}>
        <Typography variant="caption" color="text.secondary" component="div">
            {label}
        </Typography>
        <Typography variant="body2" component="div">
            {children}
        </Typography>
    </Grid>
);

export const ComplaintSummary = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    const f = (name: string) => translate(`resources.complaints.fields.${name}`);
    return (
        <Card variant="outlined">
            <CardContent>
                <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
                    <Typography variant="h5" component="h1">
                        {record.number}
                    </Typography>
                    <ComplaintStatusChip />
                    <Chip size="small" variant="outlined" label={translate(`complaints.type.${record.type}`)} />
                    {isSeriousType(record.type) && <Chip size="small" color="error" variant="outlined" label={translate('complaints.flags.serious')} />}
                    {record.malicious && <Chip size="small" color="warning" label={translate('complaints.flags.malicious')} />}
                    {record.compensationOverdue && <Chip size="small" color="error" label={translate('complaints.flags.overdue_compensation')} />}
                </Stack>
                {record.mayDecideOnComplainantMaterials && (
                    <Alert severity="warning" sx={{ mb: 2 }}>
                        {translate('complaints.deadline.may_decide')}
                    </Alert>
                )}
                <Grid container spacing={2}>
                    <Row label={f('complainantName')}>
                        {record.complainantName} · {translate(`complaints.complainant_type.${record.complainantType}`)}
                        <br />
                        {record.complainantContact}
                    </Row>
                    <Row label={f('merchantId')}>
                        <Link component={RouterLink} to={`/merchants/${encodeURIComponent(record.merchantId)}/show`}>
                            {record.merchantName ?? record.merchantId}
                        </Link>
                    </Row>
                    <Row label={f('orderRef')}>{record.orderRef ?? translate('app.none')}</Row>
                    <Row label={f('amountClaimed')}>{record.amountClaimed ? formatMinor(record.amountClaimed.amount, record.amountClaimed.currency, locale) : translate('app.none')}</Row>
                    <Row label={f('filedAt')}>{formatDateTime(record.filedAt, locale)}</Row>
                    <Row label={f('responseDeadline')}>
                        <DeadlineField />
                    </Row>
                    <Grid size={12}>
                        <Typography variant="caption" color="text.secondary" component="div">
                            {f('description')}
                        </Typography>
                        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                            {record.description}
                        </Typography>
                    </Grid>
                </Grid>
            </CardContent>
        </Card>
    );
};
