import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A toggle filter shown as a chip (react-admin demo's pattern): present = on. */
export const QuickFilter = ({ label }: { label: string; source: string; defaultValue: unknown; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return <Chip sx={{ mb: 1 }} label={translate(label)} />;
};
