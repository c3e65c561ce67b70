// Amount typed in major units ("1200.50") kept as integer minor units with its currency (R-DEP-14).
import { Stack } from '@mui/material';
import { SelectInput, TextInput, useTranslate } from 'react-admin';
import { CURRENCIES, parseMajor, toMajorString } from '../domain';

export const MoneyInputs = ({ source }: { source: string }) => {
    const translate = useTranslate();
    return (
        <Stack direction="row" spacing={2} sx={{ width: '100%' }}>
            <TextInput
                source={`${source}.amount`}
                format={(v: unknown) => (typeof v === 'number' ? toMajorString(v) : ((v as string) ?? ''))}
                parse={(v: string) => (v === '' ? null : (parseMajor(v) ?? v))}
                validate={(v: unknown) => (v === null || v === undefined || typeof v === 'number' ? undefined : translate('ra.validation.number'))}
                helperText={translate('complaints.create.amount_help')}
                inputProps={{ inputMode: 'decimal' }}
                sx={{ flex: 2 }}
            />
            <SelectInput source={`${source}.currency`} choices={CURRENCIES.map(c => ({ id: c, name: c }))} defaultValue="CNY" sx={{ flex: 1 }} />
        </Stack>
    );
};
