import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney, type Measure, type Penalty } from '../domain';

export const measureText = (m: Measure, translate: (k: string, o?: object) => string, locale: string) => {
    const label = translate(`penalties.measure.${m.type}`);
    if (m.type === 'credit_points' && m.points) return `${label} −${m.points}`;
    if (m.amount !== undefined && m.currency) return `${label} ${formatMoney({ amount: m.amount, currency: m.currency }, locale)}`;
    return label;
};

/** The measures of a penalty (R-PEN-1) as compact chips. */
export const MeasureChips = (_props: { label?: string }) => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    return (
        <Stack direction="row" gap={0.5} flexWrap="wrap">
            {record.measures.map(m => (
                <Chip key={m.type} size="small" variant="outlined" label={measureText(m, translate, locale)} />
            ))}
        </Stack>
    );
};
