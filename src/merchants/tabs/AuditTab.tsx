import { Typography } from '@mui/material';
import { Datagrid, DateField, Pagination, ReferenceManyField, TextField, useTranslate } from 'react-admin';

/** This merchant's audit trail (R-PRV-2), newest first. */
export const AuditTab = () => {
    const translate = useTranslate();
    return (
        <ReferenceManyField reference="audit-log" target="merchantId" sort={{ field: 'at', order: 'DESC' }} perPage={25} pagination={<Pagination />}>
            <Datagrid bulkActionButtons={false} rowClick={false} data-testid="merchant-audit" empty={<Typography color="text.secondary">{translate('merchants.audit.empty')}</Typography>}>
                <DateField source="at" showTime label="resources.audit-log.fields.at" />
                <TextField source="operatorName" label="resources.audit-log.fields.operatorName" />
                <TextField source="action" label="resources.audit-log.fields.action" />
                <TextField source="resource" label="resources.audit-log.fields.resource" />
                <TextField source="reason" label="resources.audit-log.fields.reason" />
            </Datagrid>
        </ReferenceManyField>
    );
};
