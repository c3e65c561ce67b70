// Money typed in major units ("10000.50"); the form keeps the text and converts it to integer
// minor units on save with parseMajor (no float arithmetic, R-DEP-14).
import { InputAdornment } from '@mui/material';
import { TextInput } from 'react-admin';

interface Props {
    source: string;
    currency: string;
    label: string;
    readOnly?: boolean;
}

export const MajorAmountInput = ({ source, currency, label, readOnly }: Props) => (
    <TextInput
        source={source}
        label={label}
        readOnly={readOnly}
        fullWidth
        helperText={false}
        slotProps={{ input: { startAdornment: <InputAdornment position="start">{currency}</InputAdornment> }, htmlInput: { inputMode: 'decimal' } }}
    />
);
