// A show page's audit trail (R-PRV-2, issue 7 point 3): the record's history with a readable
// before/after diff per entry, in a titled card.
import { Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { RecordAuditTrail } from './RecordAuditTrail';

export interface AuditTrailCardProps {
    /** The resource of the record in context; its entries are those with this resource and id. */
    resource: string;
}

export const AuditTrailCard = ({ resource }: AuditTrailCardProps) => {
    const record = useRecordContext();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Card variant="outlined" data-testid="audit-trail">
            <CardContent>
                <Typography variant="subtitle1" component="h2" gutterBottom>
                    {translate('resources.audit-log.trail_title')}
                </Typography>
                <RecordAuditTrail resource={resource} recordId={String(record.id)} />
            </CardContent>
        </Card>
    );
};
