import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { BooleanInput, Datagrid, FunctionField, List, SearchInput, SelectInput, TextField, useGetOne, useTranslate } from 'react-admin';
import type { Settings } from '../domain';
import { IsoDateField } from '../penalties/IsoDateField';
import { ChecklistField } from './ChecklistField';
import { ClockChip } from './ClockChip';
import type { ClearanceRecord } from './types';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={[{ id: 'in_clearance', name: 'clearances.status.in_clearance' }, { id: 'closed', name: 'clearances.status.closed' }]} />,
    <BooleanInput key="overdue" source="overdue" />, <BooleanInput key="complete" source="complete" />];

const Empty = () => {
    const translate = useTranslate();
    return (
        <Typography sx={{ p: 3 }} color="text.secondary">
            {translate('clearances.empty')}
        </Typography>
    );
};

export const ClearanceList = () => {
    const translate = useTranslate();
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    return (
        <>
            <Alert severity="info" sx={{ mt: 1 }}>
                {translate('clearances.help', { days: settings?.clearanceDays ?? 20 })}
            </Alert>
            <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25} exporter={false} empty={false} filterDefaultValues={{ status: 'in_clearance' }}>
                <Datagrid bulkActionButtons={false} rowClick="show" empty={<Empty />}>
                    <FunctionField source="merchantName" render={(c: ClearanceRecord) => `${c.merchantName} (${c.merchantId})`} />
                    <IsoDateField source="startedOn" />
                    <IsoDateField source="dueOn" />
                    <ClockChip label="resources.clearances.fields.daysLeft" />
                    <ChecklistField label="resources.clearances.fields.items" />
                    <FunctionField source="status" render={(c: ClearanceRecord) => translate(`clearances.status.${c.status}`)} />
                    <TextField source="terminationPenaltyId" />
                </Datagrid>
            </List>
        </>
    );
};
export default ClearanceList;
