import { lazy } from 'react';
import SettingsIcon from '@mui/icons-material/Settings';

// A single record, "platform": the menu links straight to /settings/platform (src/layout/Menu.tsx).
export default {
    name: 'settings',
    edit: lazy(() => import('./SettingsPage')),
    show: lazy(() => import('./SettingsShow')),
    icon: SettingsIcon,
    recordRepresentation: () => 'platform',
};
