// The work queues each role starts the day with. A queue is a filtered, sorted list query;
// the card shows its total and oldest items and links to exactly that list, so the number on
// the dashboard is the number on the page it opens.
import type { Role } from '../domain';

export interface QueueDefinition {
    id: string;
    resource: string;
    filter: Record<string, unknown>;
    sort: { field: string; order: 'ASC' | 'DESC' };
    /** Items in breach of their SLA: the same list with this extra filter. */
    breachFilter?: Record<string, unknown>;
    /** Field holding the date the item is due or started, shown beside each item. */
    dateField: string;
    /** Fields shown, joined, as the item's label. */
    labelFields: string[];
    /** Translation key prefix for a field's coded value, e.g. { kind: 'approvals.kinds' }. */
    labelCodes?: Record<string, string>;
    /** Rule the queue serves. */
    rule: string;
    /** Roles whose dashboard shows it. */
    roles: Role[];
}

export const QUEUES: QueueDefinition[] = [
    {
        id: 'registrations_due',
        resource: 'merchants',
        filter: { status: ['pending_review', 'info_requested'] },
        sort: { field: 'reviewDueDate', order: 'ASC' },
        breachFilter: { reviewOverdue: true },
        dateField: 'reviewDueDate',
        labelFields: ['nameZh'],
        rule: 'R-REG-12',
        roles: ['compliance', 'supervisor'],
    },
    {
        id: 'change_reports',
        resource: 'change-reports',
        filter: { status: 'pending' },
        sort: { field: 'reportedAt', order: 'ASC' },
        breachFilter: { late: true },
        dateField: 'reportedAt',
        labelFields: ['merchantId'],
        rule: 'R-REG-10',
        roles: ['compliance', 'supervisor'],
    },
    {
        id: 'complaints_awaiting_decision',
        resource: 'complaints',
        filter: { needsAction: true },
        sort: { field: 'actionDueAt', order: 'ASC' },
        breachFilter: { overdue: true },
        dateField: 'actionDueAt',
        labelFields: ['number', 'merchantName'],
        rule: 'R-CMP-7',
        roles: ['customer_service', 'supervisor'],
    },
    {
        id: 'evidence_deadlines',
        resource: 'complaints',
        filter: { status: 'awaiting_response' },
        sort: { field: 'responseDeadline', order: 'ASC' },
        breachFilter: { deadlinePassed: true },
        dateField: 'responseDeadline',
        labelFields: ['number', 'merchantName'],
        rule: 'R-CMP-4',
        roles: ['customer_service', 'supervisor'],
    },
    {
        id: 'approvals_waiting_for_me',
        resource: 'approvals',
        filter: { waitingForMe: true },
        sort: { field: 'requestedAt', order: 'ASC' },
        dateField: 'requestedAt',
        labelFields: ['merchantName', 'kind'],
        labelCodes: { kind: 'approvals.kinds' },
        rule: 'R-DEP-13',
        roles: ['finance', 'supervisor'],
    },
    {
        id: 'overdue_top_ups',
        resource: 'deposit-accounts',
        filter: { topUpOverdue: true },
        sort: { field: 'topUpDueDate', order: 'ASC' },
        dateField: 'topUpDueDate',
        labelFields: ['merchantName'],
        rule: 'R-DEP-5',
        roles: ['finance', 'supervisor'],
    },
    {
        id: 'refunds_due',
        resource: 'approvals',
        filter: { awaitingPayout: true },
        sort: { field: 'payoutDueDate', order: 'ASC' },
        breachFilter: { payoutOverdue: true },
        dateField: 'payoutDueDate',
        labelFields: ['merchantName'],
        rule: 'R-DEP-7',
        roles: ['finance', 'supervisor'],
    },
    {
        id: 'penalties_expiring',
        resource: 'penalties',
        filter: { status: 'active', expiringWithinDays: 7 },
        sort: { field: 'endsOn', order: 'ASC' },
        dateField: 'endsOn',
        labelFields: ['merchantName'],
        rule: 'R-PEN-2',
        roles: ['compliance', 'customer_service', 'supervisor'],
    },
    {
        id: 'suggested_penalties',
        resource: 'penalty-suggestions',
        filter: {},
        sort: { field: 'since', order: 'ASC' },
        dateField: 'since',
        labelFields: ['merchantName'],
        rule: 'R-PEN-3',
        roles: ['compliance', 'supervisor'],
    },
];

export const queuesFor = (role: Role): QueueDefinition[] => QUEUES.filter(q => q.roles.includes(role));

/** The react-admin list URL that shows exactly a queue's records. */
export const queueLink = (queue: QueueDefinition, filter: Record<string, unknown>) =>
    `/${queue.resource}?${new URLSearchParams({
        filter: JSON.stringify(filter),
        sort: queue.sort.field,
        order: queue.sort.order,
        page: '1',
        perPage: '25',
    })}`;
