import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

export { RecordAuditTrail, type RecordAuditTrailProps } from './RecordAuditTrail';

// Read-only (R-PRV-2): no create or edit views.
export default {
    name: 'audit-log',
    list: lazy(() => import('./AuditLogList')),
    show: lazy(() => import('./AuditLogShow')),
    icon: HistoryIcon,
    recordRepresentation: (r: { action: string; id: string }) => `${r.action} ${r.id}`,
};
