// R-CMP-10 on an ip_infringement complaint: warning and temporary suspension, the restoration
// request with its proof files, and its review.
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../domain';
import { formatDate, formatDateTime } from '../common';
import { InfringementWarningButton } from './InfringementWarningButton';
import { RestorationFiles } from './RestorationFiles';
import { RestorationRequestButton } from './RestorationRequestButton';
import { ReviewRestorationButton } from './ReviewRestorationButton';

export const InfringementPanel = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record || record.type !== 'ip_infringement') return null;
    const inf = record.infringement;
    const r = inf?.restoration;
    return (
        <Card variant="outlined">
            <CardContent>
                <Typography variant="h6" gutterBottom>
                    {translate('complaints.show.infringement')}
                </Typography>
                <Typography variant="body2">
                    {inf
                        ? translate('complaints.infringement.warned', { date: formatDateTime(inf.warnedAt, locale), from: formatDate(inf.suspendedFrom, locale), until: formatDate(inf.suspendedUntil, locale) })
                        : translate('complaints.infringement.none')}
                </Typography>
                {inf && !inf.penaltyId && (
                    <Typography variant="caption" color="text.secondary">
                        {translate('complaints.infringement.penalty_pending')}
                    </Typography>
                )}
                {r && (
                    <Stack spacing={1} sx={{ mt: 1 }}>
                        <Typography variant="body2">
                            <strong>{translate('complaints.infringement.restoration', { status: translate(`complaints.infringement.status.${r.status}`) })}</strong> · {r.statement}
                        </Typography>
                        {r.reviewNote && <Typography variant="body2">{r.reviewNote}</Typography>}
                        <RestorationFiles fileIds={r.fileIds} />
                    </Stack>
                )}
                <Stack direction="row" spacing={1} sx={{ mt: 2 }} flexWrap="wrap" useFlexGap>
                    <InfringementWarningButton />
                    <RestorationRequestButton />
                    <ReviewRestorationButton />
                </Stack>
            </CardContent>
        </Card>
    );
};
