// The Settings form, grouped; read-only for everyone but the supervisor. Client validation is
// the same validateSettings the mock API runs; the API's 422 errors land beside the fields.
import { useCallback, useMemo } from 'react';
import { Alert } from '@mui/material';
import { SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { Settings } from '../domain';
import { ApprovalSettings } from './ApprovalSettings';
import { BlockListSettings } from './BlockListSettings';
import { CalendarSettings } from './CalendarSettings';
import { DeadlineSettings } from './DeadlineSettings';
import { DepositSettings } from './DepositSettings';
import { translateSettingsError } from './errorMessages';
import { nestErrors, toFormValues, validateFormValues, type SettingsFormValues } from './formValues';
import { UploadSettings } from './UploadSettings';

const SettingsToolbar = () => (
    <Toolbar>
        <SaveButton />
    </Toolbar>
);

export const SettingsForm = ({ readOnly }: { readOnly: boolean }) => {
    const record = useRecordContext<Settings>();
    const translate = useTranslate();
    const values = useMemo(() => (record ? toFormValues(record) : undefined), [record]);
    const validate = useCallback(
        (v: SettingsFormValues) =>
            nestErrors(Object.fromEntries(Object.entries(validateFormValues(v)).map(([path, message]) => [path, translateSettingsError(message, translate)]))),
        [translate],
    );
    if (!values) return null;
    return (
        <SimpleForm
            record={values}
            validate={readOnly ? undefined : validate}
            toolbar={readOnly ? false : <SettingsToolbar />}
            warnWhenUnsavedChanges={!readOnly}
            sx={{ maxWidth: 1200 }}
        >
            {readOnly && (
                <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="settings-read-only">
                    {translate('settings.read_only')}
                </Alert>
            )}
            <DepositSettings readOnly={readOnly} />
            <ApprovalSettings readOnly={readOnly} />
            <DeadlineSettings readOnly={readOnly} />
            <UploadSettings readOnly={readOnly} />
            <BlockListSettings readOnly={readOnly} />
            <CalendarSettings readOnly={readOnly} />
        </SimpleForm>
    );
};
