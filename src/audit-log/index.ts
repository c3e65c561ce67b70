import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

// No re-exports here: App.tsx imports this file at startup, so whatever it re-exports would be
// loaded with the first page (bench/README.md). Import components from their own files.

// Read-only (R-PRV-2): no create or edit views.
export default {
    name: 'audit-log',
    list: lazy(() => import('./AuditLogList')),
    show: lazy(() => import('./AuditLogShow')),
    icon: HistoryIcon,
    recordRepresentation: (r: { action: string; id: string }) => `${r.action} ${r.id}`,
};
