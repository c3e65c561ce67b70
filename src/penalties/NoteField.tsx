import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';

/** The reason typed into an action dialog. */
export const NoteField = ({ value, onChange, label }: { value: string; onChange: (v: string) => void; label?: string }) => {
    const translate = useTranslate();
    return (
        <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            label={label ?? translate('penalties.actions.reason')}
            value={value}
            onChange={e => onChange(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'action-note' } }}
        />
    );
};
