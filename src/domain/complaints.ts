// Complaint rules (R-CMP-1 to R-CMP-10), pure: the mock API enforces them, the console uses the
// same functions to explain what is allowed and why.
import { addDays, addHours, chinaDate, isIsoDate, type IsoDate, type IsoDateTime } from './dates';
import { isCurrency, isMinorAmount, MAX_ENTRY_MINOR, type Money } from './money';
import { COMPLAINT_TRANSITIONS, canTransition, type ComplaintAction } from './stateMachines';
import {
    COMPLAINANT_TYPES,
    COMPLAINT_TYPES,
    SERIOUS_COMPLAINT_TYPES,
    type Complaint,
    type ComplaintOutcome,
    type ComplaintStatus,
    type ComplaintType,
} from './types';

export type FieldErrors = Record<string, string>;

/** Outcomes of `decide` (a declined case goes through `decline`, R-CMP-3). */
export const DECISION_OUTCOMES = ['upheld', 'partly_upheld', 'rejected'] as const satisfies readonly ComplaintOutcome[];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Longest response deadline an agent may give, in days from now. */
export const MAX_RESPONSE_DAYS = 60;
/** Hours an agent has to act on a newly filed case (sets the queue order of new cases). */
export const INTAKE_HOURS = 24;
export const MIN_REASON_LENGTH = 10;

export const isSeriousType = (type: ComplaintType): boolean => SERIOUS_COMPLAINT_TYPES.includes(type);

export const canComplaint = (status: ComplaintStatus, action: ComplaintAction) => canTransition(COMPLAINT_TRANSITIONS, status, action);

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Money from the wire: an object {amount (integer minor units), currency}. */
export const validateMoney = (value: unknown, field: string, errors: FieldErrors, { required = false, allowZero = false } = {}): Money | null => {
    if (value === null || value === undefined || value === '') {
        if (required) errors[field] = 'Enter an amount and a currency.';
        return null;
    }
    const m = value as { amount?: unknown; currency?: unknown };
    if (typeof m !== 'object' || !isCurrency(m.currency)) {
        errors[`${field}.currency`] = 'Choose CNY or USD.';
        errors[field] ??= 'Enter an amount and a currency (CNY or USD).';
        return null;
    }
    if (!isMinorAmount(m.amount) || m.amount < 0 || (!allowZero && m.amount === 0) || m.amount > MAX_ENTRY_MINOR) {
        errors[`${field}.amount`] = `Enter an amount greater than 0 and at most 100,000,000.00 (integer minor units, R-DEP-14).`;
        errors[field] ??= errors[`${field}.amount`];
        return null;
    }
    return { amount: m.amount, currency: m.currency };
};

export interface ComplaintInput {
    complainantType: Complaint['complainantType'];
    complainantName: string;
    complainantContact: string;
    merchantId: string;
    type: ComplaintType;
    orderRef: string | null;
    amountClaimed: Money | null;
    description: string;
}

/** R-CMP-1/R-CMP-2: who complains, about whom, what kind, which order, how much. */
export const validateComplaintInput = (input: Record<string, unknown>): { errors: FieldErrors; value: ComplaintInput } => {
    const errors: FieldErrors = {};
    const complainantType = input.complainantType as Complaint['complainantType'];
    if (!COMPLAINANT_TYPES.includes(complainantType)) errors.complainantType = 'Choose who is complaining: a buyer, another member or a rights holder (R-CMP-1).';
    const complainantName = text(input.complainantName);
    if (complainantName.length < 2) errors.complainantName = 'Enter the complainant’s name (at least 2 characters, R-CMP-1).';
    else if (complainantName.length > 200) errors.complainantName = 'At most 200 characters.';
    const complainantContact = text(input.complainantContact);
    if (complainantContact.length < 5) errors.complainantContact = 'Enter an e-mail address or phone number where the complainant can be reached.';
    else if (complainantContact.length > 200) errors.complainantContact = 'At most 200 characters.';
    const merchantId = text(input.merchantId);
    if (!merchantId) errors.merchantId = 'Choose the accused merchant (R-CMP-1).';
    const type = input.type as ComplaintType;
    if (!COMPLAINT_TYPES.includes(type)) errors.type = 'Choose the kind of complaint (R-CMP-2).';
    const orderRef = text(input.orderRef) || null;
    if (orderRef && !/^[A-Za-z0-9][A-Za-z0-9\-_/]{2,39}$/.test(orderRef)) errors.orderRef = 'An order reference is 3–40 letters, digits, “-”, “_” or “/”.';
    // A claim about a transaction needs its order; infringement, spam and similar may have none.
    const orderTypes: ComplaintType[] = ['no_delivery', 'fake_delivery', 'rejected_goods_not_handled', 'no_payment_on_arrival', 'quality', 'not_as_contracted'];
    if (!orderRef && orderTypes.includes(type)) errors.orderRef = 'This kind of complaint is about an order: enter its reference (R-CMP-1).';
    const amountClaimed = validateMoney(input.amountClaimed, 'amountClaimed', errors);
    const description = text(input.description);
    if (description.length < 20) errors.description = 'Describe what happened in at least 20 characters.';
    else if (description.length > 5000) errors.description = 'At most 5,000 characters.';
    return { errors, value: { complainantType, complainantName, complainantContact, merchantId, type, orderRef, amountClaimed, description } };
};

/**
 * A response deadline from the wire: a date (the accused has until the end of that day, China
 * time) or an instant. Must lie in the future and within MAX_RESPONSE_DAYS (R-CMP-4).
 */
export const parseDeadline = (value: unknown, now: IsoDateTime): { error: string | null; deadline: IsoDateTime | null } => {
    if (typeof value !== 'string' || !value.trim()) return { error: 'Choose the date by which the merchant must respond (R-CMP-4).', deadline: null };
    const v = value.trim();
    let instant: number;
    if (isIsoDate(v)) instant = Date.parse(`${v}T23:59:59+08:00`);
    else if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) instant = Date.parse(v);
    else return { error: 'Give a date as YYYY-MM-DD.', deadline: null };
    if (instant <= Date.parse(now)) return { error: 'The deadline must be in the future: the merchant needs time to respond.', deadline: null };
    if (instant > Date.parse(now) + MAX_RESPONSE_DAYS * 86_400_000 + 86_400_000)
        return { error: `At most ${MAX_RESPONSE_DAYS} days ahead.`, deadline: null };
    return { error: null, deadline: new Date(instant).toISOString() };
};

/** The default deadline an agent is offered: settings.complaintResponseDays from today. */
export const defaultDeadlineDate = (today: IsoDate, responseDays: number): IsoDate => addDays(today, responseDays);

export const deadlinePassed = (c: Pick<Complaint, 'responseDeadline'>, now: IsoDateTime): boolean =>
    !!c.responseDeadline && Date.parse(now) > Date.parse(c.responseDeadline);

/**
 * R-CMP-5: the deadline passed while the case waited and the accused neither responded nor sent
 * evidence before it: the agent may decide on the complainant's materials alone.
 */
export const mayDecideOnComplainantMaterials = (
    c: Pick<Complaint, 'status' | 'responseDeadline' | 'merchantRespondedAt'>,
    now: IsoDateTime,
    merchantEvidenceBeforeDeadline: boolean,
): boolean =>
    c.status === 'awaiting_response' &&
    deadlinePassed(c, now) &&
    (!c.merchantRespondedAt || Date.parse(c.merchantRespondedAt) > Date.parse(c.responseDeadline!)) &&
    !merchantEvidenceBeforeDeadline;

/** R-CMP-7: compensation decided, not paid and not deducted, and its due date is past. */
export const compensationOverdue = (c: Pick<Complaint, 'decision' | 'compensationPaidAt' | 'deductionEntryId'>, today: IsoDate): boolean =>
    !!c.decision?.compensation &&
    !!c.decision.paymentDueDate &&
    !c.compensationPaidAt &&
    !c.deductionEntryId &&
    today > c.decision.paymentDueDate;

/**
 * The agent's queue: cases waiting for an agent to act, with when the action is due.
 * new → send the accused the complaint with a deadline (within INTAKE_HOURS of filing);
 * awaiting a response whose deadline passed → decide (R-CMP-5); in review → decide;
 * an infringement restoration request → review it (R-CMP-10).
 */
export const agentAction = (c: Complaint, now: IsoDateTime): { needsAction: boolean; dueAt: IsoDateTime | null } => {
    if (c.infringement?.restoration?.status === 'pending') return { needsAction: true, dueAt: addHours(c.infringement.restoration.requestedAt, 72) };
    switch (c.status) {
        case 'new':
            return { needsAction: true, dueAt: addHours(c.filedAt, INTAKE_HOURS) };
        case 'awaiting_response':
            return deadlinePassed(c, now) ? { needsAction: true, dueAt: c.responseDeadline } : { needsAction: false, dueAt: c.responseDeadline };
        case 'in_review':
            return { needsAction: true, dueAt: c.responseDeadline ?? c.merchantRespondedAt ?? c.filedAt };
        default:
            return { needsAction: false, dueAt: null };
    }
};

export interface DecisionInput {
    outcome: DecisionOutcome;
    reason: string;
    compensation: Money | null;
    paymentDueDate: IsoDate | null;
}

/** R-CMP-7 decision: outcome and reason; compensation (with a payment due date) only when upheld. */
export const validateDecision = (input: Record<string, unknown>, complaint: Pick<Complaint, 'amountClaimed'>, today: IsoDate): { errors: FieldErrors; value: DecisionInput } => {
    const errors: FieldErrors = {};
    const outcome = input.outcome as DecisionOutcome;
    if (!DECISION_OUTCOMES.includes(outcome)) errors.outcome = 'Choose upheld, partly upheld or rejected (to decline the case, use Decline, R-CMP-3).';
    const reason = text(input.reason);
    if (reason.length < MIN_REASON_LENGTH) errors.reason = `Give the reason for the decision (at least ${MIN_REASON_LENGTH} characters): it is sent to the merchant (R-NOT-1).`;
    let compensation: Money | null = null;
    let paymentDueDate: IsoDate | null = null;
    const hasCompensation = input.compensation !== null && input.compensation !== undefined && input.compensation !== '';
    if (outcome === 'rejected' && hasCompensation) errors.compensation = 'A rejected complaint owes no compensation.';
    else if (hasCompensation) {
        compensation = validateMoney(input.compensation, 'compensation', errors);
        if (compensation && complaint.amountClaimed && compensation.currency === complaint.amountClaimed.currency && compensation.amount > complaint.amountClaimed.amount)
            errors['compensation.amount'] = errors.compensation = 'Compensation cannot exceed the amount claimed.';
        const due = input.paymentDueDate;
        if (!isIsoDate(due)) errors.paymentDueDate = 'Set the date by which the merchant must pay (R-CMP-7).';
        else if (due < today) errors.paymentDueDate = 'The payment due date cannot be in the past.';
        else if (due > addDays(today, 90)) errors.paymentDueDate = 'At most 90 days ahead.';
        else paymentDueDate = due;
    }
    return { errors, value: { outcome, reason, compensation, paymentDueDate } };
};

export const validateReason = (value: unknown, field = 'reason', what = 'the reason'): FieldErrors => {
    const t = text(value);
    return t.length < MIN_REASON_LENGTH ? { [field]: `Give ${what} (at least ${MIN_REASON_LENGTH} characters).` } : {};
};

/** R-CMP-7: the deposit deduction is offered once compensation is overdue and nothing is posted or pending. */
export const offersDeduction = (c: Complaint, today: IsoDate): boolean =>
    c.status === 'decided' && compensationOverdue(c, today) && !c.deductionApprovalId;

/** R-CMP-8: an upheld (or partly upheld) complaint of the first nine types may lead to a penalty. */
export const offersPenaltyProposal = (c: Pick<Complaint, 'status' | 'type' | 'decision' | 'penaltyId'>): boolean =>
    (c.status === 'decided' || c.status === 'closed') &&
    (c.decision?.outcome === 'upheld' || c.decision?.outcome === 'partly_upheld') &&
    isSeriousType(c.type) &&
    !c.penaltyId;

/** R-CMP-9: a complaint found untrue (rejected or declined) may be marked malicious. */
export const mayMarkMalicious = (c: Pick<Complaint, 'status' | 'decision' | 'malicious'>): boolean =>
    !c.malicious && (c.status === 'declined' || ((c.status === 'decided' || c.status === 'closed') && c.decision?.outcome === 'rejected'));

/** A decided case closes once nothing is owed: no compensation, or paid, or deducted. */
export const mayClose = (c: Pick<Complaint, 'status' | 'decision' | 'compensationPaidAt' | 'deductionEntryId'>): boolean =>
    c.status === 'decided' && (!c.decision?.compensation || !!c.compensationPaidAt || !!c.deductionEntryId);

/** R-CMP-10: infringement measures apply to ip_infringement cases not declined. */
export const mayWarnInfringement = (c: Pick<Complaint, 'type' | 'status' | 'infringement'>): boolean =>
    c.type === 'ip_infringement' && !c.infringement && c.status !== 'declined' && c.status !== 'closed';

export const MAX_SUSPENSION_DAYS = 90;

export const suspensionEnd = (from: IsoDate, days: number): IsoDate => addDays(from, days);

export const todayOf = (now: IsoDateTime): IsoDate => chinaDate(now);
