import { AutocompleteInput, BooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { MEASURE_TYPES, PENALTY_STATUSES } from '../domain';

const RULE_IDS = ['R-PEN-3', 'R-PEN-4', 'R-PEN-5', 'R-PEN-6', 'R-REG-8', 'R-REG-11', 'R-DEP-5', 'R-CMP-8', 'R-CMP-10'];

/** Filters of the penalties list: status, measure, merchant, ground rule, expiring within. */
export const penaltyFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={PENALTY_STATUSES.map(s => ({ id: s, name: `penalties.status.${s}` }))} />,
    <SelectInput key="measure" source="measure" alwaysOn choices={MEASURE_TYPES.map(m => ({ id: m, name: `penalties.measure.${m}` }))} />,
    <SelectInput key="ruleId" source="ruleId" choices={RULE_IDS.map(r => ({ id: r, name: r }))} translateChoice={false} />,
    <SelectInput key="expiringWithinDays" source="expiringWithinDays" choices={[7, 14, 30].map(d => ({ id: d, name: `penalties.expiring.${d}` }))} />,
    <ReferenceInput key="merchantId" source="merchantId" reference="merchants">
        <AutocompleteInput optionText={(m: { nameZh: string; id: string }) => `${m.nameZh} (${m.id})`} filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <BooleanInput key="appealPending" source="appealPending" />,
];
