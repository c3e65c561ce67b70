import { Typography } from '@mui/material';
import { DateInput, FormDataConsumer, NumberInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { BUSINESS_TYPES } from '../domain';
import { notInFuture, validateUscc } from '../merchants/validators';

/** The R-REG-7 licence fields, shown for a business licence. */
export const LicenceInputs = () => {
    const translate = useTranslate();
    return (
        <FormDataConsumer>
            {({ formData }) =>
                formData.type === 'business_licence' && (
                    <>
                        <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 2 }}>{translate('documents.licence_section')}</Typography>
                        <TextInput source="licence.uscc" validate={[required(), validateUscc]} fullWidth />
                        <TextInput source="licence.registeredName" validate={required()} fullWidth />
                        <SelectInput source="licence.businessType" choices={BUSINESS_TYPES.map(b => ({ id: b, name: `merchants.business_type.${b}` }))} validate={required()} />
                        <TextInput source="licence.legalRepresentative" validate={required()} />
                        <NumberInput source="licence.registeredCapital" validate={required()} />
                        <DateInput source="licence.establishedOn" validate={[required(), notInFuture]} />
                        <DateInput source="licence.businessTermEnd" />
                        <TextInput source="licence.residence" validate={required()} fullWidth />
                        <TextInput source="licence.businessScope" validate={required()} fullWidth multiline />
                        <TextInput source="licence.issuingAuthority" validate={required()} fullWidth />
                    </>
                )
            }
        </FormDataConsumer>
    );
};
