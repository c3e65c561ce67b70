import { Alert } from '@mui/material';
import { Datagrid, List, NullableBooleanInput, ReferenceInput, AutocompleteInput, SelectInput, useGetOne, useTranslate } from 'react-admin';
import type { Settings } from '../domain';
import { changeReportColumns } from './columns';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SelectInput key="status" source="status" alwaysOn choices={['pending', 'approved', 'rejected'].map(s => ({ id: s, name: `change_reports.status.${s}` }))} />,
    <NullableBooleanInput key="late" source="late" alwaysOn />,
    <ReferenceInput key="merchantId" source="merchantId" reference="merchants">
        <AutocompleteInput optionText="nameZh" />
    </ReferenceInput>,
];

export const ChangeReportList = () => {
    const translate = useTranslate();
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    return (
        <>
            <Alert severity="info" sx={{ mt: 2 }}>{translate('change_reports.help', { days: settings?.changeReportWorkingDays ?? 3 })}</Alert>
            <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'reportedAt', order: 'DESC' }} perPage={25} exporter={false}>
                <Datagrid bulkActionButtons={false} rowClick="show">
                    {changeReportColumns({ withMerchant: true })}
                </Datagrid>
            </List>
        </>
    );
};
export default ChangeReportList;
