import { describe, expect, it } from 'vitest';
import {
    agentAction,
    allowedActions,
    COMPLAINT_STATUSES,
    COMPLAINT_TRANSITIONS,
    compensationOverdue,
    mayDecideOnComplainantMaterials,
    nextStatus,
    offersPenaltyProposal,
    parseDeadline,
    validateDecision,
    type Complaint,
} from '../../src/domain';

describe('complaint state machine (R-CMP-3 to R-CMP-7)', () => {
    it('R-CMP-4 a deadline moves a new case to awaiting the response; the response to review', () => {
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'new', 'set_deadline')).toBe('awaiting_response');
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'awaiting_response', 'record_response')).toBe('in_review');
        expect(nextStatus(COMPLAINT_TRANSITIONS, 'in_review', 'set_deadline')).toBeNull();
    });

    it('R-CMP-7 a decided, closed or declined case is never decided or declined again', () => {
        for (const s of ['decided', 'closed', 'declined'] as const) {
            expect(nextStatus(COMPLAINT_TRANSITIONS, s, 'decide')).toBeNull();
            expect(nextStatus(COMPLAINT_TRANSITIONS, s, 'decline')).toBeNull();
        }
        expect(allowedActions(COMPLAINT_TRANSITIONS, 'decided')).toEqual(['close']);
        expect(allowedActions(COMPLAINT_TRANSITIONS, 'closed')).toEqual([]);
        expect(allowedActions(COMPLAINT_TRANSITIONS, 'declined')).toEqual([]);
    });

    it('every status is reachable from new', () => {
        const seen = new Set<string>(['new']);
        let frontier = ['new'];
        while (frontier.length) {
            const next: string[] = [];
            for (const s of frontier)
                for (const a of allowedActions(COMPLAINT_TRANSITIONS, s as Complaint['status'])) {
                    const to = COMPLAINT_TRANSITIONS[a].to;
                    if (!seen.has(to)) (seen.add(to), next.push(to));
                }
            frontier = next;
        }
        expect([...seen].sort()).toEqual([...COMPLAINT_STATUSES].sort());
    });

    const base = { status: 'awaiting_response', responseDeadline: '2026-11-27T15:59:59.000Z', merchantRespondedAt: null } as const;

    it('R-CMP-5 decides on the complainant’s materials only after a missed deadline', () => {
        expect(mayDecideOnComplainantMaterials(base, '2026-11-27T15:00:00.000Z', false)).toBe(false);
        expect(mayDecideOnComplainantMaterials(base, '2026-11-28T01:00:00.000Z', false)).toBe(true);
        expect(mayDecideOnComplainantMaterials(base, '2026-11-28T01:00:00.000Z', true)).toBe(false);
        expect(mayDecideOnComplainantMaterials({ ...base, merchantRespondedAt: '2026-11-26T01:00:00.000Z' }, '2026-11-28T01:00:00.000Z', false)).toBe(false);
    });

    it('R-CMP-4 a date deadline runs to the end of that day in China', () => {
        expect(parseDeadline('2026-11-27', '2026-11-20T01:00:00.000Z')).toEqual({ error: null, deadline: '2026-11-27T15:59:59.000Z' });
        expect(parseDeadline('2026-11-19', '2026-11-20T01:00:00.000Z').error).toMatch(/future/);
        expect(parseDeadline('2027-06-01', '2026-11-20T01:00:00.000Z').error).toMatch(/60 days/);
    });

    it('R-CMP-7 compensation is overdue after its due date unless paid or deducted', () => {
        const decided = { decision: { outcome: 'upheld', reason: 'x', compensation: { amount: 100, currency: 'CNY' }, paymentDueDate: '2026-11-25', decidedBy: 'a', decidedAt: '' }, compensationPaidAt: null, deductionEntryId: null } as unknown as Complaint;
        expect(compensationOverdue(decided, '2026-11-25')).toBe(false);
        expect(compensationOverdue(decided, '2026-11-26')).toBe(true);
        expect(compensationOverdue({ ...decided, deductionEntryId: 'le-1' }, '2026-11-26')).toBe(false);
        expect(compensationOverdue({ ...decided, compensationPaidAt: '2026-11-24T00:00:00Z' }, '2026-11-26')).toBe(false);
    });

    it('R-CMP-7 a rejected decision carries no compensation; compensation needs a due date', () => {
        expect(validateDecision({ outcome: 'rejected', reason: 'Delivered as contracted', compensation: { amount: 100, currency: 'CNY' } }, { amountClaimed: null }, '2026-11-20').errors.compensation).toBeTruthy();
        expect(validateDecision({ outcome: 'upheld', reason: 'Merchant silent throughout', compensation: { amount: 100, currency: 'CNY' } }, { amountClaimed: null }, '2026-11-20').errors.paymentDueDate).toBeTruthy();
        expect(validateDecision({ outcome: 'upheld', reason: 'Merchant silent throughout', compensation: { amount: 100, currency: 'CNY' }, paymentDueDate: '2026-11-30' }, { amountClaimed: null }, '2026-11-20').errors).toEqual({});
    });

    it('R-CMP-8 only upheld complaints of the first nine types offer a penalty proposal', () => {
        const c = { status: 'decided', type: 'counterfeit', decision: { outcome: 'upheld' }, penaltyId: null } as unknown as Complaint;
        expect(offersPenaltyProposal(c)).toBe(true);
        expect(offersPenaltyProposal({ ...c, type: 'spam' })).toBe(false);
        expect(offersPenaltyProposal({ ...c, decision: { ...c.decision!, outcome: 'rejected' } })).toBe(false);
    });

    it('the queue orders new cases by filing and waiting cases by their deadline', () => {
        const c = { status: 'new', filedAt: '2026-11-20T01:00:00.000Z', infringement: null } as unknown as Complaint;
        expect(agentAction(c, '2026-11-20T02:00:00.000Z')).toEqual({ needsAction: true, dueAt: '2026-11-21T01:00:00.000Z' });
        const waiting = { ...c, ...base } as unknown as Complaint;
        expect(agentAction(waiting, '2026-11-21T00:00:00.000Z').needsAction).toBe(false);
        expect(agentAction(waiting, '2026-11-28T00:00:00.000Z')).toEqual({ needsAction: true, dueAt: base.responseDeadline });
    });
});
