import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

export default {
    name: 'audit-log',
    list: lazy(() => import('./AuditLogList')),
    icon: HistoryIcon,
};
