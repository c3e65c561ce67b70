import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { formatDateTime } from '../common/format';
import { SectionCard } from './SectionCard';
import { useOperatorNames } from './useOperatorNames';

/** proposed → approved → (appeal) → ended, with who and when (R-PEN-2). */
export const TimelineCard = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const nameOf = useOperatorNames();
    if (!record) return null;
    const when = (t: string | null) => (t ? formatDateTime(t, locale) : '');
    const steps: Array<{ key: string; primary: string; secondary: string }> = [
        { key: 'proposed', primary: translate('penalties.timeline.proposed', { name: nameOf(record.proposedBy) }), secondary: when(record.proposedAt) },
    ];
    if (record.status === 'proposed') steps.push({ key: 'waiting', primary: translate('penalties.timeline.waiting'), secondary: '' });
    if (record.approvedAt) steps.push({ key: 'approved', primary: translate('penalties.timeline.approved', { name: nameOf(record.approvedBy) }), secondary: when(record.approvedAt) });
    if (record.approvedAt) steps.push({ key: 'starts', primary: translate('penalties.timeline.starts'), secondary: record.startsOn });
    if (record.appeal) steps.push({ key: 'appealed', primary: translate('penalties.timeline.appealed'), secondary: when(record.appeal.submittedAt) });
    if (record.appeal?.decidedAt)
        steps.push({
            key: 'appeal-decided',
            primary: translate('penalties.timeline.appeal_decided', { outcome: translate(`penalties.appeal.status.${record.appeal.status}`) }),
            secondary: `${nameOf(record.appeal.decidedBy)} · ${when(record.appeal.decidedAt)}`,
        });
    if (record.endedAt)
        steps.push({ key: 'ended', primary: translate('penalties.timeline.ended', { status: translate(`penalties.status.${record.status}`) }), secondary: `${when(record.endedAt)} · ${record.endReason}` });
    else if (record.status === 'active' && record.endsOn) steps.push({ key: 'ends', primary: translate('penalties.timeline.ends'), secondary: record.endsOn });
    return (
        <SectionCard title={translate('penalties.cards.timeline')}>
            <List dense disablePadding>
                {steps.map(s => (
                    <ListItem key={s.key} disableGutters data-testid={`timeline-${s.key}`}>
                        <ListItemText primary={s.primary} secondary={s.secondary} />
                    </ListItem>
                ))}
            </List>
        </SectionCard>
    );
};
