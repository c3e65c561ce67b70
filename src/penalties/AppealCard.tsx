import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import { API_URL } from '../config';
import type { Penalty } from '../domain';
import { fileUrl } from '../providers/session';
import { SectionCard } from './SectionCard';

/** The merchant's appeal, its attachments and the decision (R-PEN-7). */
export const AppealCard = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    if (!record) return null;
    const appeal = record.appeal;
    return (
        <SectionCard title={translate('penalties.cards.appeal')}>
            {!appeal ? (
                <Typography variant="body2" color="text.secondary">
                    {translate('penalties.appeal.none')}
                </Typography>
            ) : (
                <>
                    <Chip size="small" color={appeal.status === 'pending' ? 'warning' : appeal.status === 'overturned' ? 'info' : 'default'} label={translate(`penalties.appeal.status.${appeal.status}`)} data-testid="appeal-status" />
                    <Typography variant="caption" display="block" color="text.secondary" sx={{ mt: 1 }}>
                        {translate('penalties.appeal.statement')}
                    </Typography>
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                        {appeal.statement}
                    </Typography>
                    {appeal.fileIds.length > 0 && (
                        <Stack direction="row" gap={1} sx={{ mt: 1 }} flexWrap="wrap">
                            <Typography variant="caption" color="text.secondary">
                                {translate('penalties.appeal.attachments')}:
                            </Typography>
                            {appeal.fileIds.map(id => (
                                <Link key={id} href={fileUrl(API_URL, id)} target="_blank" rel="noopener">
                                    {id}
                                </Link>
                            ))}
                        </Stack>
                    )}
                    {appeal.decisionNote && (
                        <Typography variant="body2" sx={{ mt: 1 }}>
                            {translate('penalties.appeal.decision')}: {appeal.decisionNote}
                        </Typography>
                    )}
                </>
            )}
        </SectionCard>
    );
};
