// Deposit accounts (R-DEP-1, R-DEP-5, R-DEP-7): balance, required amount, shortfall and top-up due
// date derived by the API; filters for shortfall, overdue top-up, refund pending, currency; CSV.
import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, FilterButton, List, SearchInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { AccountStatusField, MerchantNameField, TopUpDueField } from './DepositAccountFields';
import { ExportAllButton } from '../common/ExportAllButton';
import { depositAccountExporter, depositAccountRow } from './exporter';
import { MoneyField } from './money';
import { QuickFilter } from './QuickFilter';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="currency" source="currency" choices={[{ id: 'CNY', name: 'CNY' }, { id: 'USD', name: 'USD' }]} />,
    <SelectInput key="status" source="status" choices={[{ id: 'open', name: 'deposits.status.open' }, { id: 'closed', name: 'deposits.status.closed' }]} />,
    <QuickFilter key="shortfall" source="shortfall" label="resources.deposit-accounts.fields.shortfallFilter" defaultValue={true} />,
    <QuickFilter key="topUpOverdue" source="topUpOverdue" label="resources.deposit-accounts.fields.topUpOverdue" defaultValue={true} />,
    <QuickFilter key="refundPending" source="refundPending" label="resources.deposit-accounts.fields.refundPending" defaultValue={true} />,
    <QuickFilter key="refundEligible" source="refundEligible" label="resources.deposit-accounts.fields.refundEligible" defaultValue={true} />,
];

const Actions = () => (
    <TopToolbar>
        <FilterButton />
        <ExportAllButton toRow={depositAccountRow} filename="deposit-accounts" />
    </TopToolbar>
);

const Empty = () => {
    const translate = useTranslate();
    return (
        <Card sx={{ mt: 2 }}>
            <CardContent>
                <Typography color="text.secondary">{translate('resources.deposit-accounts.empty')}</Typography>
            </CardContent>
        </Card>
    );
};

export const DepositAccountList = () => (
    <List {...listToolbar(filters, <Actions />)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'topUpDueDate', order: 'ASC' }} perPage={25} exporter={depositAccountExporter} empty={<Empty />}>
        <Datagrid bulkActionButtons={false} rowClick="show" empty={<Empty />}>
            <MerchantNameField source="merchantName" label="resources.deposit-accounts.fields.merchantName" />
            <MoneyField source="balance" label="resources.deposit-accounts.fields.balance" />
            <MoneyField source="required" label="resources.deposit-accounts.fields.required" />
            <MoneyField source="shortfall" label="resources.deposit-accounts.fields.shortfall" color="warning.main" blankZero />
            <TopUpDueField source="topUpDueDate" label="resources.deposit-accounts.fields.topUpDueDate" />
            <MoneyField source="owed" label="resources.deposit-accounts.fields.owed" color="error.main" blankZero />
            <AccountStatusField source="status" label="resources.deposit-accounts.fields.status" />
        </Datagrid>
    </List>
);

export default DepositAccountList;
