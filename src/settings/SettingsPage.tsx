// /settings/platform: the editable form for those who may edit settings (supervisor), the
// read-only view for everyone else — one address for the menu entry.
import { Loading, useCanAccess } from 'react-admin';
import { SettingsEdit } from './SettingsEdit';
import { SettingsShow } from './SettingsShow';

export const SettingsPage = () => {
    const { canAccess, isPending } = useCanAccess({ resource: 'settings', action: 'edit' });
    if (isPending) return <Loading />;
    return canAccess ? <SettingsEdit /> : <SettingsShow />;
};
export default SettingsPage;
