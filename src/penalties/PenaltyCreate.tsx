import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, BooleanInput, Create, Loading, DateInput, ReferenceInput, SimpleForm, TextInput, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { validateProposal, type Currency, type Merchant } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { GroundInputs } from './GroundInputs';
import { MeasuresInput } from './MeasuresInput';

/** Flat server-style keys ("ground.code") to the nested errors react-hook-form expects. */
const nest = (flat: Record<string, string>) => {
    const out: Record<string, any> = {};
    for (const [path, message] of Object.entries(flat)) {
        if (path.startsWith('measures.')) continue; // shown by MeasuresInput from the server
        const parts = path.split('.');
        let node = out;
        parts.slice(0, -1).forEach(p => (node = node[p] = node[p] ?? {}));
        node[parts[parts.length - 1]] = message;
    }
    return out;
};

const useToday = () => {
    const dataProvider = useDataProvider<TradewardDataProvider>();
    return useQuery({ queryKey: ['clock'], queryFn: () => dataProvider.fetchPath<{ today: string }>('/clock').then(r => r.data.today) }).data;
};

const FormBody = ({ today }: { today: string }) => {
    const translate = useTranslate();
    const merchantId = useWatch({ name: 'merchantId' });
    const suggestionId = useWatch({ name: 'suggestionId' });
    const { data: merchant } = useGetOne<Merchant>('merchants', { id: merchantId }, { enabled: !!merchantId });
    const currency: Currency = merchant?.depositCurrency ?? 'CNY';
    return (
        <>
            <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
                {translate('penalties.create_help')}
            </Alert>
            {suggestionId && (
                <Alert severity="success" sx={{ mb: 2, width: '100%' }}>
                    {translate('penalties.from_suggestion', { id: suggestionId })}
                </Alert>
            )}
            <ReferenceInput source="merchantId" reference="merchants">
                <AutocompleteInput optionText={(m: Merchant) => `${m.nameZh} · ${m.storeName} (${m.id})`} filterToQuery={q => ({ q })} sx={{ minWidth: 480 }} />
            </ReferenceInput>
            <GroundInputs currency={currency} />
            <MeasuresInput currency={currency} />
            <DateInput source="startsOn" defaultValue={today} />
            <DateInput source="endsOn" helperText="penalties.ends_help" />
            <BooleanInput source="publish" />
            <TextInput source="note" multiline fullWidth />
        </>
    );
};

export const PenaltyCreate = () => {
    const translate = useTranslate();
    const today = useToday();
    const validate = (values: Record<string, unknown>) =>
        nest(validateProposal({ ...values, endsOn: values.endsOn || null }, today!, null));
    if (!today) return <Loading />;
    return (
        <Create
            title={translate('penalties.create_title')}
            redirect="show"
            mutationMode="pessimistic"
            transform={(data: Record<string, unknown>) => ({ ...data, endsOn: data.endsOn || null, note: data.note ?? '', publish: !!data.publish })}
        >
            <SimpleForm defaultValues={{ ground: { kind: 'rule' }, measures: [], publish: false, startsOn: today }} validate={validate}>
                <FormBody today={today} />
            </SimpleForm>
        </Create>
    );
};
export default PenaltyCreate;
