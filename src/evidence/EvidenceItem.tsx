import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Evidence } from '../domain';
import { formatDateTime } from '../common';
import { FilePreview } from '../files';
import { ReviewEvidenceButton } from './ReviewEvidenceButton';
import { VerdictChip } from './VerdictChip';

/** One evidence item: who, when (late?), what, its files with previews, and the review (R-CMP-4, R-CMP-6). */
export const EvidenceItem = ({ evidence, caseOpen }: { evidence: Evidence; caseOpen: boolean }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    return (
        <Card variant="outlined" data-testid={`evidence-${evidence.id}`}>
            <CardContent>
                <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
                    <Typography variant="subtitle2">{evidence.description}</Typography>
                    <VerdictChip verdict={evidence.verdict} />
                    {evidence.late && <Chip size="small" color="warning" label={translate('complaints.flags.late')} title={translate('evidence.late')} />}
                    <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                        {translate('evidence.submitted', { date: formatDateTime(evidence.submittedAt, locale) })}
                    </Typography>
                </Stack>
                {evidence.reviewerNote && (
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                        {evidence.reviewerNote}
                    </Typography>
                )}
                <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
                    {(evidence.files ?? []).map(f => (
                        <FilePreview key={f.id} file={f} />
                    ))}
                </Stack>
                <ReviewEvidenceButton evidence={evidence} open={caseOpen} />
            </CardContent>
        </Card>
    );
};
