// Filing a complaint on behalf of a complainant (R-CMP-1, R-CMP-2). The API validates every
// field; its messages appear beside the fields. The amount is typed in yuan/dollars and kept in
// minor units (R-DEP-14).
import { Alert, Typography } from '@mui/material';
import { AutocompleteInput, Create, ReferenceInput, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { complainantTypeChoices, typeChoices } from './choices';
import { MoneyInputs } from './MoneyInputs';

const merchantText = (m: { nameZh: string; nameEn: string; id: string }) => `${m.nameZh} · ${m.nameEn} (${m.id})`;

/** No amount typed: nothing is claimed (not a claim of 0). */
const transform = (data: Record<string, unknown>) => {
    const claimed = data.amountClaimed as { amount?: unknown; currency?: string } | undefined;
    return {
        ...data,
        orderRef: (data.orderRef as string | undefined)?.trim() || null,
        amountClaimed: claimed && claimed.amount !== null && claimed.amount !== undefined && claimed.amount !== '' ? claimed : null,
    };
};

export const ComplaintCreate = () => {
    const translate = useTranslate();
    return (
        <Create redirect="show" transform={transform} mutationMode="pessimistic" title={translate('complaints.create.title')}>
            <SimpleForm defaultValues={{ complainantType: 'buyer', amountClaimed: { currency: 'CNY' } }} sx={{ maxWidth: 760 }}>
                <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
                    {translate('complaints.create.help')}
                </Alert>
                <Typography variant="h6">{translate('complaints.create.complainant')}</Typography>
                <SelectInput source="complainantType" choices={complainantTypeChoices} validate={required()} />
                <TextInput source="complainantName" validate={required()} fullWidth />
                <TextInput source="complainantContact" validate={required()} fullWidth />
                <Typography variant="h6" sx={{ mt: 2 }}>
                    {translate('complaints.create.accused')}
                </Typography>
                <ReferenceInput source="merchantId" reference="merchants" filter={{ status: ['active', 'restricted', 'suspended', 'in_clearance', 'closed'] }}>
                    <AutocompleteInput optionText={merchantText} filterToQuery={q => ({ q })} validate={required()} fullWidth />
                </ReferenceInput>
                <SelectInput source="type" choices={typeChoices} validate={required()} />
                <TextInput source="orderRef" fullWidth />
                <MoneyInputs source="amountClaimed" />
                <TextInput source="description" multiline minRows={4} validate={required()} fullWidth />
            </SimpleForm>
        </Create>
    );
};

export default ComplaintCreate;
