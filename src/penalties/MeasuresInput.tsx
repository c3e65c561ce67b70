// The measures of a proposal (R-PEN-1): one checkbox per measure with what it blocks, points
// for credit deductions, and an amount for money measures (entered in major units, stored in
// minor units, R-DEP-14).
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MuiTextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { useInput, useLocaleState, useTranslate } from 'react-admin';
import { MEASURE_TYPES, MEASURES, parseMajor, toMajorString, type Currency, type Measure, type MeasureType } from '../domain';

const errorAt = (errors: Record<string, any>, path: string): string | undefined => {
    const flat = errors[path]?.message;
    if (flat) return flat as string;
    let node: any = errors;
    for (const part of path.split('.')) node = node?.[part];
    return (node?.message as string | undefined) ?? undefined;
};

export const MeasuresInput = ({ currency }: { currency: Currency }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { field, fieldState } = useInput<Measure[]>({ source: 'measures', defaultValue: [] });
    const { errors } = useFormState();
    const { clearErrors } = useFormContext();
    const measures: Measure[] = Array.isArray(field.value) ? field.value : [];
    const [amountText, setAmountText] = useState<Record<string, string>>({});
    // Keep the typed text in step with amounts set from outside (bribery pre-fill, source).
    useEffect(() => {
        setAmountText(prev => {
            const next = { ...prev };
            for (const m of measures) if (m.amount !== undefined && parseMajor(prev[m.type] ?? '') !== m.amount) next[m.type] = toMajorString(m.amount);
            return next;
        });
    }, [measures]);
    const set = (next: Measure[]) => {
        clearErrors('measures');
        field.onChange(next);
    };
    const toggle = (type: MeasureType, on: boolean) => {
        if (!on) return set(measures.filter(m => m.type !== type));
        const m: Measure = { type };
        if (type === 'credit_points') m.points = 2;
        if (MEASURES[type].money) m.currency = currency;
        set([...measures, m]);
    };
    const update = (type: MeasureType, patch: Partial<Measure>) => set(measures.map(m => (m.type === type ? { ...m, ...patch } : m)));
    const listError = fieldState.error?.message ?? (typeof (errors as any).measures?.message === 'string' ? (errors as any).measures.message : undefined);
    return (
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%' }}>
            <FormLabel component="legend" sx={{ mb: 1 }}>
                {translate('resources.penalties.fields.measures')}
            </FormLabel>
            <Typography variant="caption" color="text.secondary" display="block" sx={{ mb: 1 }}>
                {translate('penalties.measures_help')}
            </Typography>
            {MEASURE_TYPES.map(type => {
                const def = MEASURES[type];
                const current = measures.find(m => m.type === type);
                const amountError = errorAt(errors as any, `measures.${type}.amount`) ?? errorAt(errors as any, `measures.${type}.currency`);
                const pointsError = errorAt(errors as any, `measures.${type}.points`);
                return (
                    <Box key={type} sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', py: 0.25 }}>
                        <FormControlLabel
                            sx={{ minWidth: 260 }}
                            control={<Checkbox size="small" checked={!!current} onChange={e => toggle(type, e.target.checked)} name={`measure-${type}`} />}
                            label={
                                <span>
                                    {translate(`penalties.measure.${type}`)}
                                    <Typography component="span" variant="caption" color="text.secondary">
                                        {' · '}
                                        {def.blocks[locale === 'zh' ? 'zh' : 'en']}
                                        {' · '}
                                        {translate(`penalties.kind.${def.permanentOnly ? 'permanent_only' : def.kind}`)}
                                    </Typography>
                                </span>
                            }
                        />
                        {current && type === 'credit_points' && (
                            <MuiTextField
                                size="small"
                                type="number"
                                label={translate('penalties.points')}
                                value={current.points ?? ''}
                                onChange={e => update(type, { points: e.target.value === '' ? undefined : Number(e.target.value) })}
                                error={!!pointsError}
                                helperText={pointsError}
                                sx={{ width: 140 }}
                            />
                        )}
                        {current && def.money && (
                            <MuiTextField
                                size="small"
                                label={`${translate('penalties.amount')} (${current.currency ?? currency})`}
                                value={amountText[type] ?? ''}
                                onChange={e => {
                                    setAmountText(t => ({ ...t, [type]: e.target.value }));
                                    const minor = parseMajor(e.target.value);
                                    update(type, { amount: minor ?? undefined, currency: current.currency ?? currency });
                                }}
                                error={!!amountError}
                                helperText={amountError}
                                slotProps={{ htmlInput: { inputMode: 'decimal', name: `amount-${type}` } }}
                                sx={{ width: 240 }}
                            />
                        )}
                    </Box>
                );
            })}
            {listError && <FormHelperText error>{listError}</FormHelperText>}
        </Box>
    );
};
