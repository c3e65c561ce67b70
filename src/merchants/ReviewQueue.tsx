// Issue 3 point 2: registrations pending review or waiting for information, ordered by the
// R-REG-12 due date, each with its working-day clock (overdue in red).
import { Alert, Typography } from '@mui/material';
import { Datagrid, List, TextField, Title, useGetOne, useTranslate } from 'react-admin';
import { ChinaDateField } from './format';
import type { Settings } from '../domain';
import { MerchantNameField } from './MerchantNameField';
import { MerchantStatusChip } from './MerchantStatusChip';
import { ReviewClockField } from './ReviewClockField';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';

const QUEUE_FILTER = { status: ['pending_review', 'info_requested'] };

export const ReviewQueue = () => {
    const translate = useTranslate();
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    return (
        <>
            <Title title="merchants.queue.title" />
            <Alert severity="info" sx={{ mt: 2 }}>
                {translate('merchants.queue.subtitle', { days: settings?.activationWorkingDays ?? 15 })}
            </Alert>
            <List
                pagination={<ListPagination />}
                error={<ListLoadError />}
                resource="merchants"
                filter={QUEUE_FILTER}
                sort={{ field: 'reviewDueDate', order: 'ASC' }}
                storeKey="merchants.queue"
                disableSyncWithLocation
                perPage={25}
                title={<></>}
                exporter={false}
                actions={false}
                empty={false}
            >
                <Datagrid
                    rowClick="show"
                    bulkActionButtons={false}
                    empty={<Typography sx={{ p: 3 }} color="text.secondary">{translate('merchants.queue.empty')}</Typography>}
                    rowSx={(r: { reviewOverdue?: boolean }) => (r.reviewOverdue ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {})}
                >
                    <MerchantNameField source="nameZh" label="resources.merchants.fields.name" sortBy="nameZh" />
                    <TextField source="uscc" />
                    <TextField source="legalRepresentative" />
                    <MerchantStatusChip source="status" label="resources.merchants.fields.status" />
                    <ChinaDateField source="submittedAt" />
                    <ReviewClockField source="reviewDueDate" label="resources.merchants.fields.reviewDueDate" sortBy="reviewDueDate" />
                </Datagrid>
            </List>
        </>
    );
};

export default ReviewQueue;
