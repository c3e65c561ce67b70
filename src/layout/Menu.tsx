// The menu: every resource the role may list (react-admin asks authProvider.canAccess), then
// Settings, which opens the single platform record directly.
import SettingsIcon from '@mui/icons-material/Settings';
import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';

const SettingsMenuItem = () => {
    const translate = useTranslate();
    const { canAccess } = useCanAccess({ resource: 'settings', action: 'show' });
    if (!canAccess) return null;
    return <RaMenu.Item to="/settings/platform" primaryText={translate('resources.settings.name', { smart_count: 1 })} leftIcon={<SettingsIcon />} />;
};

export const Menu = () => (
    <RaMenu>
        <RaMenu.ResourceItems />
        <SettingsMenuItem />
    </RaMenu>
);
