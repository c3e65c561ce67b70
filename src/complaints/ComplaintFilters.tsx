import { parseMajor } from '../domain';
import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { statusChoices, typeChoices } from './choices';

const majorToMinor = (v: string | number | null) => (v === '' || v === null || v === undefined ? undefined : (parseMajor(String(v)) ?? undefined));
// Display only: minor units back to a decimal for the input box.
const minorToMajor = (v: number | undefined) => (typeof v === 'number' ? Number(`${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`) : '');

const merchantText = (m: { nameZh: string; nameEn: string }) => `${m.nameZh} · ${m.nameEn}`;

/** Status, type, merchant, deadline within N days, overdue, amount range (major units), search. */
export const complaintFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={typeChoices} />,
    <ReferenceInput key="merchantId" source="merchantId" reference="merchants">
        <AutocompleteInput optionText={merchantText} filterToQuery={q => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <NumberInput key="deadlineWithin" source="deadlineWithin" min={1} max={60} />,
    <BooleanInput key="overdue" source="overdue" />,
    <NumberInput key="amount_gte" source="amountClaimed.amount_gte" parse={majorToMinor} format={minorToMajor} min={0} />,
    <NumberInput key="amount_lte" source="amountClaimed.amount_lte" parse={majorToMinor} format={minorToMajor} min={0} />,
];
