import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ACTIVATION_CONDITIONS, type CategoryApplication } from '../domain';

export const ConditionsChecklist = (_: { label?: string; sortable?: boolean }) => {
    const record = useRecordContext<CategoryApplication>();
    const translate = useTranslate();
    if (!record?.conditions) return null;
    return (
        <Stack spacing={0}>
            {ACTIVATION_CONDITIONS.map(c => (
                <Stack key={c} direction="row" spacing={0.5} alignItems="center" data-testid={`condition-${c}`} data-met={record.conditions![c]}>
                    {record.conditions![c] ? <CheckBoxIcon fontSize="small" color="success" /> : <CheckBoxOutlineBlankIcon fontSize="small" color="disabled" />}
                    <Typography variant="caption">{translate(`category_applications.conditions.${c}`)}</Typography>
                </Stack>
            ))}
        </Stack>
    );
};
