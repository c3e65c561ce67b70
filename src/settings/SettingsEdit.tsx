// The supervisor edits the platform record (PUT /settings/platform). Pessimistic: the page
// shows the saved values only once the API accepted them; a 422 saves nothing.
import { Edit, useNotify, useTranslate } from 'react-admin';
import { fromFormValues, type SettingsFormValues } from './formValues';
import { SettingsForm } from './SettingsForm';

export const SettingsEdit = () => {
    const notify = useNotify();
    const translate = useTranslate();
    return (
        <Edit
            id="platform"
            resource="settings"
            title={translate('settings.title')}
            actions={false}
            mutationMode="pessimistic"
            redirect={false}
            transform={(values: SettingsFormValues) => fromFormValues(values).settings}
            mutationOptions={{ onSuccess: () => notify('settings.saved', { type: 'success' }) }}
        >
            <SettingsForm readOnly={false} />
        </Edit>
    );
};
