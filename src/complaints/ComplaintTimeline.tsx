// The case timeline (issue 5 point 2) from GET /complaints/:id/timeline: filed, accused
// notified, evidence from each side, deadline, decision, payment or deduction.
import { Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../domain';
import { formatDateTime, formatMinor } from '../common';
import type { TradewardDataProvider } from '../providers/dataProvider';

interface TimelineEvent {
    at: string;
    kind: string;
    actor: string | null;
    party?: 'complainant' | 'merchant' | 'platform';
    detail: string;
    future?: boolean;
    late?: boolean;
    code?: string;
    money?: { amount: number; currency: string };
}

/** The translation of an event's code (verdict, outcome, channels, …), when it has one. */
const codeText = (e: TimelineEvent, translate: (key: string, options?: Record<string, unknown>) => string): string => {
    if (!e.code) return '';
    switch (e.kind) {
        case 'filed':
            return translate(`complaints.complainant_type.${e.code}`);
        case 'accused_notified':
            return e.code.split('+').map(c => translate(`complaints.timeline.channel.${c}`)).join(' + ');
        case 'deadline':
            return e.code === 'running' ? '' : translate(`complaints.timeline.deadline_state.${e.code}`);
        case 'evidence_reviewed':
            return translate(`evidence.verdict.${e.code}`);
        case 'decided':
        case 'declined':
            return translate(`complaints.outcome.${e.code}`);
        case 'payment_due':
            return translate('complaints.flags.overdue_compensation');
        case 'deduction_requested':
            return translate(`complaints.timeline.approval.${e.code}`);
        case 'restoration_reviewed':
            return translate(`complaints.infringement.status.${e.code}`);
        default:
            return '';
    }
};

const DOT: Record<string, string> = {
    filed: 'info.main',
    accused_notified: 'info.main',
    deadline: 'warning.main',
    deadline_extended: 'warning.main',
    decided: 'success.main',
    declined: 'text.disabled',
    payment_due: 'warning.main',
    compensation_paid: 'success.main',
    deduction_posted: 'error.main',
    deduction_requested: 'error.light',
    marked_malicious: 'error.main',
    infringement_warning: 'error.main',
    closed: 'text.disabled',
};

export const ComplaintTimeline = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const { data, isPending } = useQuery({
        queryKey: ['complaints', 'timeline', record?.id, record?.status, record?.deductionEntryId, record?.evidenceCount],
        queryFn: () => dataProvider.fetchPath<TimelineEvent[]>(`/complaints/${encodeURIComponent(record!.id)}/timeline`).then(r => r.data),
        enabled: !!record,
    });
    return (
        <Card variant="outlined">
            <CardContent>
                <Typography variant="h6" gutterBottom>
                    {translate('complaints.show.timeline')}
                </Typography>
                {isPending && <LinearProgress />}
                {data?.length === 0 && <Typography variant="body2">{translate('complaints.timeline.empty')}</Typography>}
                <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={translate('complaints.show.timeline')}>
                    {(data ?? []).map((e, i) => (
                        <Box component="li" key={`${e.kind}-${e.at}-${i}`} data-kind={e.kind} sx={{ display: 'flex', gap: 1.5, pb: 2, position: 'relative', opacity: e.future ? 0.7 : 1 }}>
                            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                                <Box sx={{ width: 12, height: 12, mt: 0.5, borderRadius: '50%', bgcolor: e.future ? 'transparent' : (DOT[e.kind] ?? 'primary.main'), border: '2px solid', borderColor: DOT[e.kind] ?? 'primary.main' }} />
                                {i < (data?.length ?? 0) - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
                            </Box>
                            <Box sx={{ minWidth: 0 }}>
                                <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                                        {translate(`complaints.timeline.${e.kind}`, { party: e.party ? translate(`complaints.party.${e.party}`) : '' })}
                                    </Typography>
                                    {e.future && <Chip size="small" variant="outlined" label={translate('complaints.timeline.upcoming')} />}
                                    {e.late && <Chip size="small" color="warning" label={translate('complaints.flags.late')} />}
                                </Stack>
                                <Typography variant="caption" color="text.secondary" component="div">
                                    {formatDateTime(e.at, locale)}
                                    {e.actor ? ` · ${translate('complaints.timeline.by', { who: e.actor })}` : ''}
                                </Typography>
                                {(e.detail || e.code || e.money) && (
                                    <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
                                        {[codeText(e, translate), e.money ? formatMinor(e.money.amount, e.money.currency, locale) : '', e.detail].filter(Boolean).join(' · ')}
                                    </Typography>
                                )}
                            </Box>
                        </Box>
                    ))}
                </Box>
            </CardContent>
        </Card>
    );
};
