// Edit a document's dates and licence fields (point 8: server field errors shown at the fields).
import { Alert } from '@mui/material';
import { BooleanInput, DateInput, Edit, required, SaveButton, SimpleForm, TextInput, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { MerchantDocument } from '../domain';
import type { RaRecord } from 'react-admin';
import { LicenceInputs } from './LicenceInputs';
import { validateDocumentDates } from './validateDates';

const Help = () => {
    const translate = useTranslate();
    return <Alert severity="info" sx={{ mb: 2, width: '100%' }}>{translate('documents.help')}</Alert>;
};

const redirectToMerchant = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `merchants/${data?.merchantId}/show/licence`;

const Title = () => {
    const record = useRecordContext<MerchantDocument>();
    return <>{record ? `${record.title} · ${record.merchantId}` : ''}</>;
};

export const DocumentEdit = () => (
    <Edit mutationMode="pessimistic" redirect={redirectToMerchant} title={<Title />}>
        <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>} validate={validateDocumentDates} sx={{ maxWidth: 720 }}>
            <Help />
            <TextInput source="title" validate={required()} fullWidth />
            <DateInput source="issuedOn" validate={required()} />
            <DateInput source="expiresOn" />
            <BooleanInput source="printedCopyReceived" />
            <LicenceInputs />
        </SimpleForm>
    </Edit>
);
export default DocumentEdit;
