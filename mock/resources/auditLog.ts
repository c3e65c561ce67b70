// The audit log (R-PRV-2): every write appends an entry; nobody can edit or delete one.
import type { AuditEntry } from '../../src/domain';
import { resourceRoutes } from '../core/resource';

export const auditLogRoutes = resourceRoutes<AuditEntry>({
    name: 'audit-log',
    searchFields: ['action', 'resource', 'recordId', 'operatorName', 'reason', 'merchantId'],
    readOnlyReason: 'The audit log is append-only: entries are written by the server and can never be edited or deleted (R-PRV-2).',
});
