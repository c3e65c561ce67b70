// The ground of a proposal (R-PEN-2): a rule, listed with its ID, or an upheld complaint
// (R-CMP-8). Choosing a rule pre-fills its usual measures; bribery (R-PEN-6) pre-fills
// termination and the liquidated damages set in settings.
import Alert from '@mui/material/Alert';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { RadioButtonGroupInput, SelectInput, TextInput, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, GROUNDS, groundByCode, MEASURES, type Currency, type Measure, type Settings } from '../domain';

export const GroundInputs = ({ currency }: { currency: Currency }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { setValue, getValues } = useFormContext();
    const kind = useWatch({ name: 'ground.kind' });
    const code = useWatch({ name: 'ground.code' });
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    const previous = useRef<string | undefined>(code);
    useEffect(() => {
        if (code === previous.current) return;
        previous.current = code;
        const def = groundByCode(code);
        if (!def) return;
        const measures: Measure[] = def.suggestedMeasures.map(type => {
            if (type === 'liquidated_damages') return { type, amount: settings?.briberyLiquidatedDamages ?? 10_000_000, currency: 'CNY' };
            if (type === 'credit_points') return { type, points: 2 };
            if (MEASURES[type].money) return { type, currency };
            return { type };
        });
        setValue('measures', measures, { shouldDirty: true });
        if (def.suggestedMeasures.includes('close_store')) setValue('endsOn', null, { shouldDirty: true });
        if (!getValues('ground.description')) setValue('ground.description', locale === 'zh' ? def.zh : def.en, { shouldDirty: true });
    }, [code, settings, currency, setValue, getValues, locale]);
    return (
        <>
            <RadioButtonGroupInput
                source="ground.kind"
                choices={[
                    { id: 'rule', name: 'penalties.ground_kind.rule' },
                    { id: 'complaint', name: 'penalties.ground_kind.complaint' },
                ]}
            />
            {kind === 'complaint' ? (
                <TextInput source="ground.complaintId" helperText={false} />
            ) : (
                <SelectInput
                    source="ground.code"
                    choices={GROUNDS.map(g => ({ id: g.code, name: `${g.ruleId} · ${locale === 'zh' ? g.zh : g.en}` }))}
                    translateChoice={false}
                    sx={{ minWidth: 480 }}
                />
            )}
            {code === 'bribery' && kind !== 'complaint' && (
                <Alert severity="warning" sx={{ mb: 2 }}>
                    {translate('penalties.bribery_prefill', { amount: formatMoney({ amount: settings?.briberyLiquidatedDamages ?? 10_000_000, currency: 'CNY' }, locale) })}
                </Alert>
            )}
            <TextInput source="ground.description" multiline minRows={2} fullWidth />
        </>
    );
};
