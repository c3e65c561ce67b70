// Shortfall watch list (R-DEP-5): accounts below their required amount, ordered by top-up due
// date; overdue ones in red, with the restrictive-measure threshold flagged.
import { Alert } from '@mui/material';
import { Datagrid, FilterButton, List, SearchInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { MoneyField } from '../deposit-accounts/money';
import { MerchantNameField, TopUpDueField } from '../deposit-accounts/DepositAccountFields';
import { QuickFilter } from '../deposit-accounts/QuickFilter';
import { usePlatformSettings } from '../deposit-accounts/useSettings';
import { depositAccountExporter, depositAccountRow } from '../deposit-accounts/exporter';
import { ExportAllButton } from '../common/ExportAllButton';
import type { DepositAccount } from '../domain';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="currency" source="currency" choices={[{ id: 'CNY', name: 'CNY' }, { id: 'USD', name: 'USD' }]} />,
    <QuickFilter key="overdue" source="topUpOverdue" label="resources.shortfalls.fields.topUpOverdue" defaultValue={true} />,
];

const Help = () => {
    const translate = useTranslate();
    const settings = usePlatformSettings();
    return (
        <Alert severity="info" sx={{ mt: 1 }}>
            {translate('resources.shortfalls.help', { days: settings.topUpDays })}
        </Alert>
    );
};

const Actions = () => (
    <TopToolbar>
        <FilterButton />
        <ExportAllButton toRow={depositAccountRow} filename="shortfalls" />
    </TopToolbar>
);

export const ShortfallList = () => (
    <>
        <Help />
        <List {...listToolbar(filters, <Actions />)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'topUpDueDate', order: 'ASC' }} perPage={25} exporter={depositAccountExporter}>
            <Datagrid
                bulkActionButtons={false}
                rowClick={id => `/deposit-accounts/${id}/show`}
                rowSx={(record: DepositAccount) => (record.topUpOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {})}
            >
                <MerchantNameField source="merchantName" label="resources.deposit-accounts.fields.merchantName" />
                <TopUpDueField source="topUpDueDate" label="resources.deposit-accounts.fields.topUpDueDate" />
                <MoneyField source="shortfall" label="resources.deposit-accounts.fields.shortfall" color="error.main" />
                <MoneyField source="balance" label="resources.deposit-accounts.fields.balance" />
                <MoneyField source="required" label="resources.deposit-accounts.fields.required" />
                <MoneyField source="owed" label="resources.deposit-accounts.fields.owed" blankZero />
            </Datagrid>
        </List>
    </>
);

export default ShortfallList;
