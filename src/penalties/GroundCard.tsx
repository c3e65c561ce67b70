import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { groundLabel } from './groundLabel';
import { SectionCard } from './SectionCard';

/** The ground of a penalty: the rule or complaint, and the violation as described (R-PEN-2). */
export const GroundCard = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    return (
        <SectionCard title={translate('penalties.cards.ground')}>
            <Typography variant="body1" fontWeight={500}>
                {groundLabel(record.ground, locale)}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
                {record.ground.description}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('resources.penalties.fields.merchantId')}:{' '}
                <Link href={`#/merchants/${encodeURIComponent(record.merchantId)}/show`}>
                    {record.merchantName} ({record.merchantId})
                </Link>
                {record.ground.complaintId && (
                    <>
                        {' · '}
                        {translate('resources.penalties.fields.ground.complaintId')}:{' '}
                        <Link href={`#/complaints/${encodeURIComponent(record.ground.complaintId)}/show`}>{record.ground.complaintId}</Link>
                    </>
                )}
            </Typography>
            {record.merchantStatus && (
                <Typography variant="body2" sx={{ mt: 1 }} data-testid="merchant-status">
                    {translate('penalties.merchant_status', { status: translate(`penalties.merchant_statuses.${record.merchantStatus}`) })}
                </Typography>
            )}
            {record.note && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {translate('resources.penalties.fields.note')}: {record.note}
                </Typography>
            )}
        </SectionCard>
    );
};
