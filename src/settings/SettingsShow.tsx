// Everyone but the supervisor sees the settings read-only.
import { Show, useTranslate } from 'react-admin';
import { SettingsForm } from './SettingsForm';

export const SettingsShow = () => {
    const translate = useTranslate();
    return (
        <Show id="platform" resource="settings" title={translate('settings.title')} actions={false}>
            <SettingsForm readOnly />
        </Show>
    );
};
export default SettingsShow;
