import { ReferenceField, TextField } from 'react-admin';

/** An operator id shown as the operator's name. */
export const OperatorField = ({ source }: { source: string; label?: string; sortable?: boolean }) => (
    <ReferenceField source={source} reference="operators" link={false} emptyText="—">
        <TextField source="name" />
    </ReferenceField>
);
