// Allowed transitions of the product's state machines. The mock API refuses anything else
// with 409; the console uses the same tables to show or hide actions.
import type { ComplaintStatus, DecisionKind, MerchantStatus, PenaltyStatus } from './types';

export type Transitions<S extends string, A extends string> = Record<A, { from: readonly S[]; to: S }>;

/** Registration decisions (R-REG-9). Approval lands an enterprise in `active`. */
export const REGISTRATION_TRANSITIONS: Transitions<MerchantStatus, DecisionKind | 'resubmit'> = {
    approve: { from: ['pending_review', 'info_requested'], to: 'active' },
    reject: { from: ['pending_review', 'info_requested'], to: 'rejected' },
    request_info: { from: ['pending_review'], to: 'info_requested' },
    resubmit: { from: ['info_requested'], to: 'pending_review' },
};

export type ComplaintAction = 'notify_accused' | 'receive_response' | 'start_review' | 'decide' | 'decline' | 'close' | 'reopen_review';

/** Complaint lifecycle (R-CMP-3 to R-CMP-7). */
export const COMPLAINT_TRANSITIONS: Transitions<ComplaintStatus, ComplaintAction> = {
    notify_accused: { from: ['new', 'awaiting_response'], to: 'awaiting_response' },
    receive_response: { from: ['awaiting_response'], to: 'in_review' },
    start_review: { from: ['new', 'awaiting_response'], to: 'in_review' },
    decide: { from: ['new', 'awaiting_response', 'in_review'], to: 'decided' },
    decline: { from: ['new', 'awaiting_response', 'in_review'], to: 'declined' },
    close: { from: ['decided'], to: 'closed' },
    reopen_review: { from: [], to: 'in_review' },
};

export type PenaltyAction = 'approve' | 'reject' | 'expire' | 'lift' | 'overturn';

/** Penalty lifecycle (R-PEN-2): proposed → active → expired | lifted | overturned. */
export const PENALTY_TRANSITIONS: Transitions<PenaltyStatus, PenaltyAction> = {
    approve: { from: ['proposed'], to: 'active' },
    reject: { from: ['proposed'], to: 'rejected' },
    expire: { from: ['active'], to: 'expired' },
    lift: { from: ['active'], to: 'lifted' },
    overturn: { from: ['active'], to: 'overturned' },
};

export const canTransition = <S extends string, A extends string>(
    table: Transitions<S, A>,
    from: S,
    action: A,
): boolean =>
    // An action that is not in the table (e.g. a string from a request body) is simply not allowed.
    Object.prototype.hasOwnProperty.call(table, action) && table[action].from.includes(from);

/** The status after `action`, or null when the transition is not allowed. */
export const nextStatus = <S extends string, A extends string>(table: Transitions<S, A>, from: S, action: A): S | null =>
    canTransition(table, from, action) ? table[action].to : null;

export const allowedActions = <S extends string, A extends string>(table: Transitions<S, A>, from: S): A[] =>
    (Object.keys(table) as A[]).filter(a => table[a].from.includes(from));
