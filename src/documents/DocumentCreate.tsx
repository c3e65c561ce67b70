// Add a document for a merchant: upload the scan, then the fields (validated by the API).
import { Alert } from '@mui/material';
import { AutocompleteInput, BooleanInput, Create, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { DOCUMENT_TYPES } from '../domain';
import { FileUploadInput } from './FileUploadInput';
import { LicenceInputs } from './LicenceInputs';
import { validateDocumentDates } from './validateDates';

const Help = () => {
    const translate = useTranslate();
    return <Alert severity="info" sx={{ mb: 2, width: '100%' }}>{translate('documents.help')}</Alert>;
};

export const DocumentCreate = () => {
    const [params] = useSearchParams();
    const merchantId = params.get('merchantId') ?? undefined;
    return (
        <Create mutationMode="pessimistic" redirect={(_r, _id, data) => `merchants/${data?.merchantId}/show/licence`}>
            <SimpleForm defaultValues={{ merchantId, type: 'business_licence', printedCopyReceived: false, fileIds: [] }} validate={validateDocumentDates} sx={{ maxWidth: 720 }}>
                <Help />
                <ReferenceInput source="merchantId" reference="merchants">
                    <AutocompleteInput optionText="nameZh" validate={required()} />
                </ReferenceInput>
                <SelectInput source="type" choices={DOCUMENT_TYPES.map(t => ({ id: t, name: `merchants.licence.type.${t}` }))} validate={required()} />
                <TextInput source="title" validate={required()} fullWidth />
                <FileUploadInput source="fileIds" label="resources.documents.fields.file" />
                <DateInput source="issuedOn" validate={required()} />
                <DateInput source="expiresOn" />
                <BooleanInput source="printedCopyReceived" />
                <LicenceInputs />
            </SimpleForm>
        </Create>
    );
};
export default DocumentCreate;
