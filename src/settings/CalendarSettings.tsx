// The working-day calendar per year (RULES.md "Working days in China"): public holidays and
// make-up working days, one date per line. A supervisor adds next year's schedule when the
// State Council publishes it.
import { useState } from 'react';
import { Box, Button, Card, CardContent, TextField as MuiTextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { TextInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { SettingRow } from './SettingRow';
import { SettingsGroup } from './SettingsGroup';

const f = 'resources.settings.fields.calendar';

const countDates = (text: unknown) => String(text ?? '').split(/[\s,，;；]+/).filter(Boolean).length;

const YearCard = ({ year, readOnly }: { year: string; readOnly: boolean }) => {
    const translate = useTranslate();
    const values = useWatch({ name: `calendar.${year}` }) as { holidays?: string; makeUpWorkingDays?: string } | undefined;
    return (
        <Card variant="outlined" sx={{ flex: '1 1 300px' }} data-testid={`calendar-${year}`}>
            <CardContent>
                <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
                    {translate(`${f}.year`, { year })}
                </Typography>
                <TextInput
                    source={`calendar.${year}.holidays`}
                    label={translate(`${f}.holidays`, { count: countDates(values?.holidays) })}
                    multiline
                    minRows={4}
                    maxRows={12}
                    readOnly={readOnly}
                    helperText={`${f}.dates_help`}
                    fullWidth
                />
                <TextInput
                    source={`calendar.${year}.makeUpWorkingDays`}
                    label={translate(`${f}.makeUpWorkingDays`, { count: countDates(values?.makeUpWorkingDays) })}
                    multiline
                    minRows={2}
                    maxRows={8}
                    readOnly={readOnly}
                    helperText={`${f}.dates_help`}
                    fullWidth
                />
            </CardContent>
        </Card>
    );
};

const AddYear = ({ years }: { years: string[] }) => {
    const translate = useTranslate();
    const { setValue } = useFormContext();
    const next = String(Math.max(new Date().getFullYear(), ...years.map(Number)) + 1);
    const [year, setYear] = useState(next);
    const valid = /^\d{4}$/.test(year) && !years.includes(year);
    return (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 2 }}>
            <MuiTextField
                size="small"
                label={translate(`${f}.new_year`)}
                value={year}
                onChange={e => setYear(e.target.value.trim())}
                error={!valid && year !== ''}
                helperText={!valid ? translate(`${f}.new_year_invalid`) : ' '}
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
                sx={{ width: 200 }}
            />
            <Button
                startIcon={<AddIcon />}
                disabled={!valid}
                onClick={() => {
                    setValue(`calendar.${year}`, { holidays: '', makeUpWorkingDays: '' }, { shouldDirty: true });
                    setYear(String(Number(year) + 1));
                }}
            >
                {translate(`${f}.add_year`)}
            </Button>
        </Box>
    );
};

export const CalendarSettings = ({ readOnly }: { readOnly: boolean }) => {
    const calendar = (useWatch({ name: 'calendar' }) ?? {}) as Record<string, unknown>;
    const years = Object.keys(calendar).sort();
    return (
        <SettingsGroup id="calendar">
            <SettingRow rule="WD-CAL" wide>
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    {years.map(year => (
                        <YearCard key={year} year={year} readOnly={readOnly} />
                    ))}
                </Box>
                {!readOnly && <AddYear years={years} />}
            </SettingRow>
        </SettingsGroup>
    );
};
