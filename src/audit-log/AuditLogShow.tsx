// One audit entry: who, when, what, why, and the changed fields before and after.
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../domain';
import { DateTimeField } from '../common/DateFields';
import { AuditDiff } from './AuditDiff';
import { ActionField, OperatorField, ResourceNameField } from './AuditFields';

const f = 'resources.audit-log.fields';

const AuditTitle = () => {
    const record = useRecordContext<AuditEntry>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <span>
            {translate('resources.audit-log.name', { smart_count: 1 })} · {translate(`resources.audit-log.actions.${record.action}`, { _: record.action })} · {record.id}
        </span>
    );
};

export const AuditLogShow = () => {
    const translate = useTranslate();
    return (
        <Show actions={false} title={<AuditTitle />}>
            <SimpleShowLayout>
                <DateTimeField source="at" label={`${f}.at`} />
                <OperatorField label={`${f}.operatorName`} />
                <ActionField label={`${f}.action`} />
                <ResourceNameField label={`${f}.resource`} />
                <TextField source="recordId" label={`${f}.recordId`} emptyText="—" />
                <TextField source="merchantId" label={`${f}.merchantId`} emptyText="—" />
                <TextField source="reason" label={`${f}.reason`} emptyText="—" />
                <Labeled label={translate('resources.audit-log.diff.title')} fullWidth>
                    <AuditDiff />
                </Labeled>
            </SimpleShowLayout>
        </Show>
    );
};
export default AuditLogShow;
