// The role table of RULES.md "Who uses the console". One table drives both the console's
// authProvider.canAccess (what the menu shows) and the mock API's 403s (what is allowed).
import type { Role } from './types';

const ALL: Role[] = ['compliance', 'customer_service', 'finance', 'supervisor'];
const COMPLIANCE: Role[] = ['compliance', 'supervisor'];
const SERVICE: Role[] = ['customer_service', 'supervisor'];
const FINANCE: Role[] = ['finance', 'supervisor'];
const OFFICERS: Role[] = ['compliance', 'customer_service', 'supervisor'];
const SUPERVISOR: Role[] = ['supervisor'];

/**
 * resource -> action -> roles. "list", "show" and "export" read; "create", "edit", "delete"
 * are REST writes; other actions are business actions (custom endpoints).
 * An action missing from a resource's row is allowed to nobody.
 */
export const PERMISSIONS: Record<string, Record<string, Role[]>> = {
    merchants: {
        list: ALL, show: ALL, export: ALL,
        edit: COMPLIANCE,
        decide: COMPLIANCE, // R-REG-9
        'on-site-check': COMPLIANCE, // R-REG-5
        'reveal-contact': ['compliance', 'customer_service', 'supervisor'], // R-PRV-1
    },
    documents: { list: ALL, show: ALL, create: COMPLIANCE, edit: COMPLIANCE, review: COMPLIANCE },
    categories: { list: ALL, show: ALL, edit: SUPERVISOR },
    'category-applications': { list: ALL, show: ALL, create: COMPLIANCE, activate: COMPLIANCE, withdraw: COMPLIANCE },
    'change-reports': { list: ALL, show: ALL, create: COMPLIANCE, review: COMPLIANCE },
    'deposit-accounts': { list: ALL, show: ALL, export: ALL, create: FINANCE, edit: FINANCE, close: FINANCE, guarantee: FINANCE },
    // R-DEP-5 shortfall watch list (read-only view of deposit accounts).
    shortfalls: { list: ALL, show: ALL, export: ALL },
    // R-DEP-12: ledger entries are created, never edited or deleted (those answer 405).
    'ledger-entries': { list: ALL, show: ALL, export: ALL, create: FINANCE, reverse: FINANCE },
    // R-DEP-13: finance requests and approves; the supervisor too. Self-approval is refused separately.
    approvals: { list: ALL, show: ALL, create: FINANCE, approve: FINANCE, reject: FINANCE, 'mark-paid': FINANCE },
    // R-CMP-*: customer service adjudicates; the deposit deduction itself is a ledger post (finance, R-CMP-7).
    complaints: { list: ALL, show: ALL, export: ALL, create: SERVICE, edit: SERVICE, decide: SERVICE, decline: SERVICE, 'set-deadline': SERVICE, 'record-response': SERVICE, 'mark-paid': SERVICE, close: SERVICE, 'mark-malicious': SERVICE, infringement: SERVICE, 'request-deduction': SERVICE },
    evidence: { list: ALL, show: ALL, create: SERVICE, review: SERVICE },
    files: { list: ALL, show: ALL, create: ALL },
    // R-PEN-2: officers propose and approve (never their own proposal); the supervisor approves
    // permanent measures, closure and liquidated damages (checked per penalty in src/domain/penalties.ts).
    penalties: { list: ALL, show: ALL, export: ALL, create: OFFICERS, approve: OFFICERS, reject: OFFICERS, lift: OFFICERS, overturn: OFFICERS, appeal: OFFICERS, 'decide-appeal': OFFICERS, publish: OFFICERS },
    'penalty-suggestions': { list: OFFICERS, show: OFFICERS, dismiss: OFFICERS }, // R-PEN-3, R-PEN-5
    // R-PEN-9 clearance; R-DEP-10 forfeiture is the supervisor's decision (approved by a second person).
    clearances: { list: ALL, show: ALL, complete: OFFICERS, 'request-forfeiture': SUPERVISOR },
    notices: { list: ALL, show: ALL, export: ALL },
    'audit-log': { list: ALL, show: ALL, export: ALL },
    operators: { list: ALL, show: ALL },
    settings: { list: ALL, show: ALL, edit: SUPERVISOR },
    // Demo-only system actions of the mock server.
    system: { 'reset-demo-data': SUPERVISOR, 'set-clock': SUPERVISOR },
};

export const canRole = (role: Role | null | undefined, resource: string, action: string): boolean => {
    if (!role) return false;
    const row = PERMISSIONS[resource];
    if (!row) return false;
    // react-admin asks for "list"/"show" and for field-level "resource.field" checks: treat
    // those as reads of the resource.
    const allowed = row[action];
    return Array.isArray(allowed) && allowed.includes(role);
};

/** Roles that may do an action, for messages like "only a finance officer or supervisor may…". */
export const rolesFor = (resource: string, action: string): Role[] => PERMISSIONS[resource]?.[action] ?? [];
