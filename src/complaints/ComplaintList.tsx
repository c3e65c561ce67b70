// Complaints: "My queue" (cases awaiting an agent, the most urgent deadline first) and all
// complaints with filters and search (issue 5 point 1).
import { Alert, Divider, Tab, Tabs } from '@mui/material';
import { CreateButton, DatagridConfigurable, ExportButton, FilterButton, List, SelectColumnsButton, TextField, TopToolbar, useListContext, useTranslate } from 'react-admin';
import type { Complaint } from '../domain';
import { DateTimeField, EmptyState, MoneyField } from '../common';
import { ComplaintStatusChip, ComplaintTypeField } from './ComplaintStatusChip';
import { DeadlineField, FlagsField, MerchantNameField } from './DeadlineField';
import { complaintFilters } from './ComplaintFilters';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const Actions = () => (
    <TopToolbar>
        <FilterButton />
        <SelectColumnsButton />
        <CreateButton />
        <ExportButton />
    </TopToolbar>
);

const QueueTabs = () => {
    const translate = useTranslate();
    const { filterValues, setFilters, displayedFilters, setSort } = useListContext();
    const queue = filterValues.needsAction === true;
    const change = (_: unknown, value: string) => {
        const { needsAction: _n, ...rest } = filterValues;
        setFilters(value === 'queue' ? { ...rest, needsAction: true } : rest, displayedFilters);
        setSort(value === 'queue' ? { field: 'actionDueAt', order: 'ASC' } : { field: 'filedAt', order: 'DESC' });
    };
    return (
        <>
            <Tabs value={queue ? 'queue' : 'all'} onChange={change} aria-label={translate('resources.complaints.name', { smart_count: 2 })}>
                <Tab value="queue" label={translate('complaints.tabs.queue')} />
                <Tab value="all" label={translate('complaints.tabs.all')} />
            </Tabs>
            <Divider />
            {queue && (
                <Alert severity="info" sx={{ borderRadius: 0 }}>
                    {translate('complaints.queue_help')}
                </Alert>
            )}
        </>
    );
};

const Grid = () => {
    const { filterValues } = useListContext();
    const queue = filterValues.needsAction === true;
    return (
        <DatagridConfigurable rowClick="show" bulkActionButtons={false}>
            <TextField source="number" sx={{ whiteSpace: 'nowrap' }} />
            {queue && <DateTimeField source="actionDueAt" label="resources.complaints.fields.actionDueAt" />}
            <ComplaintStatusChip source="status" label="resources.complaints.fields.status" />
            <ComplaintTypeField source="type" label="resources.complaints.fields.type" />
            <TextField source="complainantName" />
            <MerchantNameField source="merchantName" label="resources.complaints.fields.merchantName" sortable={false} />
            <TextField source="orderRef" emptyText="—" />
            <MoneyField source="amountClaimed.amount" currencySource="amountClaimed.currency" label="resources.complaints.fields.amountClaimed" />
            <DeadlineField source="responseDeadline" label="resources.complaints.fields.responseDeadline" compact />
            <DateTimeField source="filedAt" label="resources.complaints.fields.filedAt" />
            <FlagsField label="" />
        </DatagridConfigurable>
    );
};

const Empty = () => {
    const translate = useTranslate();
    const { filterValues } = useListContext<Complaint>();
    return filterValues.needsAction === true ? <EmptyState title={translate('complaints.empty_queue')} description={translate('complaints.empty_queue_help')} /> : <EmptyState />;
};

export const ComplaintList = () => (
    <List {...listToolbar(complaintFilters, <Actions />)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'filedAt', order: 'DESC' }} perPage={25} empty={false}>
        <QueueTabs />
        <ListBody />
    </List>
);

const ListBody = () => {
    const { data, isPending } = useListContext();
    if (!isPending && data?.length === 0) return <Empty />;
    return <Grid />;
};

export default ComplaintList;
