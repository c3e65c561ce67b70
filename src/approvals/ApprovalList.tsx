// Approvals inbox (R-DEP-13): requests waiting for me first; decisions are confirmed and pessimistic.
import { List, SearchInput, SelectInput } from 'react-admin';
import { ApprovalDatagrid } from './ApprovalDatagrid';
import { ApprovalTabs } from './ApprovalTabs';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
        key="kind"
        source="kind"
        choices={[
            { id: 'refund', name: 'approvals.kinds.refund' },
            { id: 'deduction', name: 'approvals.kinds.deduction' },
            { id: 'forfeiture', name: 'approvals.kinds.forfeiture' },
        ]}
    />,
];

export const ApprovalList = () => (
    <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} filterDefaultValues={{ waitingForMe: true }} sort={{ field: 'requestedAt', order: 'DESC' }} perPage={25} empty={false} exporter={false}>
        <ApprovalTabs />
        <ApprovalDatagrid />
    </List>
);

export default ApprovalList;
