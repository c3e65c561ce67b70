// Registration data edit: every field validated by the API (422 messages shown at the fields),
// nothing half-saved; the status is not editable (R-REG-9, R-PEN-10).
import { Alert } from '@mui/material';
import {
    AutocompleteArrayInput,
    BooleanInput,
    DateInput,
    Edit,
    NumberInput,
    ReferenceArrayInput,
    required,
    SaveButton,
    SelectInput,
    SimpleForm,
    TextInput,
    Toolbar,
    useTranslate,
} from 'react-admin';
import { BUSINESS_TYPES, CURRENCIES } from '../domain';
import { PROVINCES } from './filters';
import { notInFuture, validateUscc } from './validators';

const EditToolbar = () => (
    <Toolbar>
        <SaveButton />
    </Toolbar>
);

const Help = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
            {translate('merchants.edit.help')} {translate('merchants.masked_help')}
        </Alert>
    );
};

export const MerchantEdit = () => (
    <Edit mutationMode="pessimistic" redirect="show">
        <SimpleForm toolbar={<EditToolbar />} sx={{ maxWidth: 720 }}>
            <Help />
            <TextInput source="nameZh" validate={required()} fullWidth />
            <TextInput source="nameEn" validate={required()} fullWidth />
            <TextInput source="storeName" fullWidth />
            <TextInput source="uscc" validate={[required(), validateUscc]} fullWidth />
            <TextInput source="legalRepresentative" validate={required()} fullWidth />
            <SelectInput source="businessType" choices={BUSINESS_TYPES.map(b => ({ id: b, name: `merchants.business_type.${b}` }))} validate={required()} />
            <NumberInput source="registeredCapital" helperText="fen (1/100 CNY)" />
            <DateInput source="establishedOn" validate={[required(), notInFuture]} />
            <TextInput source="address" validate={required()} fullWidth />
            <SelectInput source="province" choices={PROVINCES.map(p => ({ id: p, name: p }))} validate={required()} />
            <TextInput source="city" />
            <TextInput source="businessScope" multiline fullWidth />
            <BooleanInput source="hasImportExportRight" />
            <BooleanInput source="printedLicenceReceived" />
            <ReferenceArrayInput source="categoryIds" reference="categories">
                <AutocompleteArrayInput optionText="nameEn" />
            </ReferenceArrayInput>
            <SelectInput source="depositCurrency" choices={CURRENCIES.map(c => ({ id: c, name: c }))} />
            <TextInput source="contactPerson" validate={required()} />
            <TextInput source="contactTitle" validate={required()} />
            <TextInput source="email" validate={required()} fullWidth />
            <TextInput source="phone" validate={required()} />
            <TextInput source="contactAddress" validate={required()} fullWidth />
        </SimpleForm>
    </Edit>
);

export default MerchantEdit;
