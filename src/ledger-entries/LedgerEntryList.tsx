// All ledger entries (R-DEP-12): append-only, searchable and filterable; corrections are reversals.
import { DateTimeField } from '../common/DateFields';
import { Datagrid, DateInput, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { CURRENCIES, LEDGER_ENTRY_TYPES } from '../domain';
import { EntryDetailsField } from '../deposit-accounts/EntryDetailsField';
import { EntryTypeField } from '../deposit-accounts/EntryTypeField';
import { MoneyField } from '../deposit-accounts/money';
import { OperatorField } from '../deposit-accounts/OperatorField';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="type" source="type" choices={LEDGER_ENTRY_TYPES.map(t => ({ id: t, name: `ledger.types.${t}` }))} />,
    <SelectInput key="currency" source="currency" choices={CURRENCIES.map(c => ({ id: c, name: c }))} />,
    <SelectInput key="ground" source="ground" choices={['liquidated_damages', 'unpaid_compensation', 'platform_loss', 'other_rule'].map(g => ({ id: g, name: `ledger.grounds.${g}` }))} />,
    <DateInput key="from" source="postedAt_gte" />,
    <DateInput key="to" source="postedAt_lte" />,
];

export const LedgerEntryList = () => (
    <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
        <Datagrid bulkActionButtons={false} rowClick={(_id, _r, record) => `/deposit-accounts/${record.accountId}/show`}>
            <TextField source="id" sx={{ whiteSpace: 'nowrap' }} />
            <DateTimeField source="postedAt" />
            <TextField source="merchantId" />
            <EntryTypeField label="resources.ledger-entries.fields.type" />
            <MoneyField source="amount" signedBy="direction" label="resources.ledger-entries.fields.amount" />
            <MoneyField source="balanceAfter" label="resources.ledger-entries.fields.balanceAfter" />
            <EntryDetailsField label="resources.ledger-entries.fields.note" />
            <OperatorField source="postedBy" label="resources.ledger-entries.fields.postedBy" />
        </Datagrid>
    </List>
);

export default LedgerEntryList;
