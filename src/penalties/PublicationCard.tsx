import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { publicNotice, type MeasureType, type Merchant, type Penalty } from '../domain';
import { penaltiesMessages } from './i18n';
import { SectionCard } from './SectionCard';

const label = (locale: 'en' | 'zh') => (t: MeasureType) => penaltiesMessages[locale].penalties.measure[t];

/** The public notice (store name, violation, measures) in both languages (R-PEN-8). */
export const PublicationCard = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const { data: merchant } = useGetOne<Merchant>('merchants', { id: record?.merchantId ?? '' }, { enabled: !!record });
    if (!record) return null;
    const store = merchant?.storeName ?? record.merchantName ?? record.merchantId;
    return (
        <SectionCard title={translate('penalties.cards.publication')}>
            <Typography variant="body2" color="text.secondary" gutterBottom data-testid="publication-state">
                {translate(record.publish ? 'penalties.publication.on' : 'penalties.publication.off')}
            </Typography>
            <Grid container spacing={2}>
                {(['en', 'zh'] as const).map(locale => {
                    const notice = publicNotice(record, store, locale, label(locale));
                    return (
                        <Grid key={locale} size={{ xs: 12, md: 6 }}>
                            <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, bgcolor: 'action.hover' }} lang={locale === 'zh' ? 'zh-CN' : 'en'} data-testid={`notice-${locale}`}>
                                <Typography variant="subtitle2">{notice.title}</Typography>
                                <Typography variant="body2">{notice.body}</Typography>
                            </Box>
                        </Grid>
                    );
                })}
            </Grid>
        </SectionCard>
    );
};
