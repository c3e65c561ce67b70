import { Alert, CircularProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Merchant } from '../../domain';
import { ChecksPanel } from '../ChecksPanel';
import { OnSiteChecksPanel } from '../OnSiteChecksPanel';
import { useChecks } from '../useChecks';

export const ChecksTab = () => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { data, isPending, error } = useChecks(record?.id);
    if (!record) return null;
    return (
        <>
            <Typography variant="subtitle1" fontWeight={600}>{translate('merchants.checks.title')}</Typography>
            {isPending ? <CircularProgress size={24} /> : error ? <Alert severity="error">{translate('merchants.checks.error')}</Alert> : <ChecksPanel checks={data ?? []} />}
            <OnSiteChecksPanel />
        </>
    );
};
