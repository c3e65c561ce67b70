// One CSV row per audit entry: the entry's fields, a readable summary of the changes, and the
// full before/after as JSON.
import type { AuditEntry } from '../domain';
import { diffValues, summarise } from './diff';

export const auditCsvRow = (entry: AuditEntry) => ({
    id: entry.id,
    at: entry.at,
    operatorId: entry.operatorId ?? '',
    operatorName: entry.operatorName,
    role: entry.role ?? '',
    action: entry.action,
    resource: entry.resource,
    recordId: entry.recordId ?? '',
    merchantId: entry.merchantId ?? '',
    reason: entry.reason,
    changes: summarise(diffValues(entry.before, entry.after)),
    before: entry.before === undefined ? '' : JSON.stringify(entry.before),
    after: entry.after === undefined ? '' : JSON.stringify(entry.after),
});
