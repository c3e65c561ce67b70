import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Merchant } from '../domain';

export const MerchantNameField = (_: { label?: string; sortable?: boolean; source?: string; sortBy?: string }) => {
    const record = useRecordContext<Merchant>();
    if (!record) return null;
    return (
        <Stack spacing={0}>
            <Typography variant="body2" fontWeight={500}>{record.nameZh}</Typography>
            <Typography variant="caption" color="text.secondary">{record.nameEn}</Typography>
        </Stack>
    );
};
