// Filters of the audit log: full text, operator, action, resource, record id, date range.
// Dates are China calendar days; the range is sent as instants (at_gte / at_lte).
import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { chinaDate } from '../domain';
import { chinaDayEnd, chinaDayStart } from '../common/format';
import { AUDIT_ACTIONS, AUDIT_RESOURCES } from './actions';

const f = 'resources.audit-log.fields';

const toDay = (value: unknown) => (typeof value === 'string' && value ? chinaDate(value) : '');

const OperatorInput = (props: { source: string; alwaysOn?: boolean }) => (
    <ReferenceInput {...props} reference="operators" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label={`${f}.operatorName`} optionText={(o: { name: string; nameEn: string }) => `${o.name} · ${o.nameEn}`} />
    </ReferenceInput>
);

const ActionInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return (
        <SelectInput
            source={source}
            label={`${f}.action`}
            choices={AUDIT_ACTIONS.map(id => ({ id, name: translate(`resources.audit-log.actions.${id}`, { _: id }) }))}
        />
    );
};

const ResourceInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return (
        <SelectInput
            source={source}
            label={`${f}.resource`}
            choices={AUDIT_RESOURCES.map(id => ({ id, name: translate(`resources.${id}.name`, { smart_count: 2, _: id }) }))}
        />
    );
};

export const auditLogFilters = [
    <SearchInput source="q" alwaysOn key="q" />,
    <OperatorInput source="operatorId" alwaysOn key="operatorId" />,
    <ActionInput source="action" alwaysOn key="action" />,
    <ResourceInput source="resource" alwaysOn key="resource" />,
    <TextInput source="recordId" label={`${f}.recordId`} key="recordId" />,
    <DateInput source="at_gte" label={`${f}.at_gte`} format={toDay} parse={(v: string) => (v ? chinaDayStart(v) : null)} alwaysOn key="at_gte" />,
    <DateInput source="at_lte" label={`${f}.at_lte`} format={toDay} parse={(v: string) => (v ? chinaDayEnd(v) : null)} alwaysOn key="at_lte" />,
];
