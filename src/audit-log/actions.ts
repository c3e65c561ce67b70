// The actions and resources an audit entry can name, for the list's filters.
import { PERMISSIONS, RESOURCES } from '../domain';

const READS = new Set(['list', 'show', 'export', 'edit']);

/** Generic REST writes plus every business action of the role table, plus the demo system actions. */
export const AUDIT_ACTIONS: string[] = [
    ...new Set(['create', 'update', 'delete', ...Object.values(PERMISSIONS).flatMap(row => Object.keys(row).filter(a => !READS.has(a)))]),
].sort();

export const AUDIT_RESOURCES: string[] = [...RESOURCES, 'system'].sort();
