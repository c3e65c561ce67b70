// The audit entries table, shared by the audit log page and <RecordAuditTrail>. Each row
// expands to its before/after diff; clicking (or the Show link, by keyboard) opens the entry.
import { Datagrid, ShowButton, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateFields';
import { EmptyState } from '../common/EmptyState';
import { AuditDiff } from './AuditDiff';
import { ActionField, OperatorField, ResourceNameField } from './AuditFields';

const f = 'resources.audit-log.fields';

export const AuditDatagrid = ({ compact = false }: { compact?: boolean }) => (
    <Datagrid bulkActionButtons={false} rowClick="show" expand={<AuditDiff />} empty={<EmptyState />} size={compact ? 'small' : 'medium'}>
        <DateTimeField source="at" label={`${f}.at`} />
        <OperatorField label={`${f}.operatorName`} sortBy="operatorName" />
        <ActionField label={`${f}.action`} sortBy="action" />
        {!compact && <ResourceNameField label={`${f}.resource`} sortBy="resource" />}
        {!compact && <TextField source="recordId" label={`${f}.recordId`} />}
        <TextField source="reason" label={`${f}.reason`} sortable={false} />
        {/* The expand icon is mouse-only in react-admin; this link opens the same diff by keyboard. */}
        <ShowButton />
    </Datagrid>
);
