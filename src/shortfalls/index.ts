import { lazy } from 'react';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';

export default {
    name: 'shortfalls',
    list: lazy(() => import('./ShortfallList')),
    icon: WarningAmberIcon,
};
