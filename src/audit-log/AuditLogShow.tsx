// One audit entry: who, when, what, why, and the changed fields before and after.
import { Labeled, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateFields';
import { AuditDiff } from './AuditDiff';
import { ActionField, OperatorField, ResourceNameField } from './AuditFields';

const f = 'resources.audit-log.fields';

export const AuditLogShow = () => {
    const translate = useTranslate();
    return (
        <Show actions={false}>
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
