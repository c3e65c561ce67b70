import { describe, expect, it } from 'vitest';
import {
    allowedActions,
    canTransition,
    COMPLAINT_TRANSITIONS,
    nextStatus,
    PENALTY_TRANSITIONS,
    REGISTRATION_TRANSITIONS,
    type ComplaintAction,
    type PenaltyAction,
} from '../../src/domain/stateMachines';
import { COMPLAINT_STATUSES, MERCHANT_STATUSES, PENALTY_STATUSES, type ComplaintStatus, type MerchantStatus, type PenaltyStatus } from '../../src/domain/types';

type Reg = keyof typeof REGISTRATION_TRANSITIONS;

describe('registration decisions (R-REG-9)', () => {
    const allowed: Array<[MerchantStatus, Reg, MerchantStatus]> = [
        ['pending_review', 'approve', 'active'],
        ['pending_review', 'reject', 'rejected'],
        ['pending_review', 'request_info', 'info_requested'],
        ['info_requested', 'approve', 'active'],
        ['info_requested', 'reject', 'rejected'],
        ['info_requested', 'resubmit', 'pending_review'],
    ];
    it.each(allowed)('R-REG-9 allows %s --%s--> %s', (from, action, to) => {
        expect(canTransition(REGISTRATION_TRANSITIONS, from, action)).toBe(true);
        expect(nextStatus(REGISTRATION_TRANSITIONS, from, action)).toBe(to);
    });

    it('R-REG-9 allows nothing else: every other (status, action) pair is refused', () => {
        const actions = Object.keys(REGISTRATION_TRANSITIONS) as Reg[];
        for (const from of MERCHANT_STATUSES)
            for (const action of actions) {
                const expected = allowed.some(([f, a]) => f === from && a === action);
                expect(canTransition(REGISTRATION_TRANSITIONS, from, action), `${from} ${action}`).toBe(expected);
                if (!expected) expect(nextStatus(REGISTRATION_TRANSITIONS, from, action)).toBeNull();
            }
    });

    it('R-REG-9 refuses deciding again on a decided or live merchant', () => {
        expect(nextStatus(REGISTRATION_TRANSITIONS, 'active', 'approve')).toBeNull();
        expect(nextStatus(REGISTRATION_TRANSITIONS, 'rejected', 'approve')).toBeNull();
        expect(nextStatus(REGISTRATION_TRANSITIONS, 'closed', 'reject')).toBeNull();
        expect(nextStatus(REGISTRATION_TRANSITIONS, 'info_requested', 'request_info')).toBeNull();
        expect(allowedActions(REGISTRATION_TRANSITIONS, 'pending_review')).toEqual(['approve', 'reject', 'request_info']);
        expect(allowedActions(REGISTRATION_TRANSITIONS, 'suspended')).toEqual([]);
    });

    it('refuses an action that is not in the table instead of crashing', () => {
        expect(canTransition(REGISTRATION_TRANSITIONS, 'pending_review', 'delete' as Reg)).toBe(false);
        expect(canTransition(REGISTRATION_TRANSITIONS, 'pending_review', 'constructor' as Reg)).toBe(false);
        expect(nextStatus(REGISTRATION_TRANSITIONS, 'pending_review', '__proto__' as Reg)).toBeNull();
    });
});

describe('complaint lifecycle (R-CMP-3 to R-CMP-7)', () => {
    const allowed: Array<[ComplaintStatus, ComplaintAction, ComplaintStatus]> = [
        ['new', 'notify_accused', 'awaiting_response'],
        ['awaiting_response', 'notify_accused', 'awaiting_response'],
        ['awaiting_response', 'receive_response', 'in_review'],
        ['new', 'start_review', 'in_review'],
        ['awaiting_response', 'start_review', 'in_review'],
        ['new', 'decide', 'decided'],
        ['awaiting_response', 'decide', 'decided'],
        ['in_review', 'decide', 'decided'],
        ['new', 'decline', 'declined'],
        ['awaiting_response', 'decline', 'declined'],
        ['in_review', 'decline', 'declined'],
        ['decided', 'close', 'closed'],
    ];
    it.each(allowed)('allows %s --%s--> %s', (from, action, to) => {
        expect(nextStatus(COMPLAINT_TRANSITIONS, from, action)).toBe(to);
    });

    it('R-CMP-3 R-CMP-7 allows nothing else', () => {
        const actions = Object.keys(COMPLAINT_TRANSITIONS) as ComplaintAction[];
        for (const from of COMPLAINT_STATUSES)
            for (const action of actions)
                expect(canTransition(COMPLAINT_TRANSITIONS, from, action), `${from} ${action}`).toBe(allowed.some(([f, a]) => f === from && a === action));
    });

    it('R-CMP-7 refuses deciding a closed, declined or decided complaint again', () => {
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'closed', 'decide')).toBeNull();
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'declined', 'decide')).toBeNull();
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'decided', 'decide')).toBeNull();
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'new', 'close')).toBeNull();
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'in_review', 'receive_response')).toBeNull();
        expect(allowedActions(COMPLAINT_TRANSITIONS, 'closed')).toEqual([]);
        expect(allowedActions(COMPLAINT_TRANSITIONS, 'declined')).toEqual([]);
    });
});

describe('penalty lifecycle (R-PEN-2)', () => {
    const allowed: Array<[PenaltyStatus, PenaltyAction, PenaltyStatus]> = [
        ['proposed', 'approve', 'active'],
        ['proposed', 'reject', 'rejected'],
        ['active', 'expire', 'expired'],
        ['active', 'lift', 'lifted'],
        ['active', 'overturn', 'overturned'],
    ];
    it.each(allowed)('R-PEN-2 allows %s --%s--> %s', (from, action, to) => {
        expect(nextStatus(PENALTY_TRANSITIONS, from, action)).toBe(to);
    });

    it('R-PEN-2 allows nothing else', () => {
        const actions = Object.keys(PENALTY_TRANSITIONS) as PenaltyAction[];
        for (const from of PENALTY_STATUSES)
            for (const action of actions)
                expect(canTransition(PENALTY_TRANSITIONS, from, action), `${from} ${action}`).toBe(allowed.some(([f, a]) => f === from && a === action));
    });

    it('R-PEN-2 refuses lifting a proposed penalty or approving an active one; terminal states are final', () => {
        expect(nextStatus(PENALTY_TRANSITIONS, 'proposed', 'lift')).toBeNull();
        expect(nextStatus(PENALTY_TRANSITIONS, 'active', 'approve')).toBeNull();
        expect(nextStatus(PENALTY_TRANSITIONS, 'expired', 'lift')).toBeNull();
        for (const terminal of ['expired', 'lifted', 'overturned', 'rejected'] as const) expect(allowedActions(PENALTY_TRANSITIONS, terminal)).toEqual([]);
    });
});
