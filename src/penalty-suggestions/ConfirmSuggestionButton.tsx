import CheckIcon from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { groundByCode, type Measure } from '../domain';
import { proposePenaltyHref } from '../penalties/ProposePenaltyLink';
import type { PenaltySuggestionRecord } from './types';

/** Opens the propose form pre-filled with the ground, evidence and suggested measures. */
export const ConfirmSuggestionButton = () => {
    const record = useRecordContext<PenaltySuggestionRecord>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    const def = groundByCode(record.groundCode);
    const evidence = Object.entries(record.evidence)
        .map(([k, v]) => translate(`suggestions.evidence.${k}`, { v: v ?? translate('suggestions.evidence.never') }))
        .join('; ');
    const measures: Measure[] = record.suggestedMeasures.map(type => (type === 'credit_points' ? { type, points: 2 } : { type }));
    const source = {
        merchantId: record.merchantId,
        suggestionId: record.id,
        ground: { kind: 'rule', code: record.groundCode, description: `${def ? (locale === 'zh' ? def.zh : def.en) : record.ruleId}: ${evidence}.` },
        measures,
        endsOn: null,
    };
    return (
        <Button size="small" variant="outlined" sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} startIcon={<CheckIcon />} href={proposePenaltyHref(source)} onClick={e => e.stopPropagation()}>
            {translate('suggestions.confirm')}
        </Button>
    );
};
