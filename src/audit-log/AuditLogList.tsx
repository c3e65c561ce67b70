import { Datagrid, DateField, List, TextField } from 'react-admin';

export const AuditLogList = () => (
    <List sort={{ field: 'at', order: 'DESC' }} perPage={25}>
        <Datagrid bulkActionButtons={false} rowClick={false}>
            <DateField source="at" showTime />
            <TextField source="operatorName" />
            <TextField source="action" />
            <TextField source="resource" />
            <TextField source="recordId" />
        </Datagrid>
    </List>
);
export default AuditLogList;
