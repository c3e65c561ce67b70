// The case timeline (issue 5 point 2), built from the complaint record, its evidence, the ledger
// (deduction entry or approval) and the audit log (who did what, deadline extensions, responses).
import type { Approval, AuditEntry, Complaint, LedgerEntry, Notice, Operator } from '../../src/domain';
import type { Ctx } from '../core/context';
import { evidenceByComplaint } from '../services/complaintIndex';

export type TimelineKind =
    | 'filed'
    | 'accused_notified'
    | 'deadline_extended'
    | 'deadline'
    | 'response_recorded'
    | 'evidence'
    | 'evidence_reviewed'
    | 'decided'
    | 'declined'
    | 'payment_due'
    | 'compensation_paid'
    | 'deduction_requested'
    | 'deduction_posted'
    | 'marked_malicious'
    | 'infringement_warning'
    | 'restoration_requested'
    | 'restoration_reviewed'
    | 'closed';

export interface TimelineEvent {
    at: string;
    kind: TimelineKind;
    /** Who acted (operator name), or the party for evidence. */
    actor: string | null;
    party?: 'complainant' | 'merchant' | 'platform';
    detail: string;
    /** Still ahead on the mock clock (a deadline or a due date). */
    future?: boolean;
    late?: boolean;
    refId?: string;
}

export const complaintTimeline = (ctx: Ctx, c: Complaint): TimelineEvent[] => {
    const now = ctx.now();
    const who = (id: string | null | undefined) => {
        if (!id) return null;
        const op = ctx.db.get<Operator>('operators', id);
        return op ? `${op.name} (${op.nameEn})` : id;
    };
    const events: TimelineEvent[] = [];
    events.push({ at: c.filedAt, kind: 'filed', actor: who(c.filedBy), detail: `${c.complainantName} (${c.complainantType.replace('_', ' ')})` });
    const audits = ctx.db.all<AuditEntry>('audit-log').filter(a => a.resource === 'complaints' && a.recordId === c.id);
    const notices = ctx.db.all<Notice>('notices').filter(n => n.recordId === c.id && n.resource === 'complaints');
    if (c.accusedNotifiedAt) {
        const first = notices.find(n => n.kind === 'complaint_response_requested');
        events.push({ at: c.accusedNotifiedAt, kind: 'accused_notified', actor: who(first?.sentBy), detail: first ? `${first.channel === 'email' ? 'e-mail' : 'in-site letter'} + ${notices.filter(n => n.sentAt === first.sentAt).length - 1} more` : '' });
    }
    for (const a of audits.filter(a => a.action === 'set-deadline' && a.reason)) events.push({ at: a.at, kind: 'deadline_extended', actor: a.operatorName, detail: String((a.after as Complaint | null)?.responseDeadline ?? '') });
    if (c.responseDeadline) events.push({ at: c.responseDeadline, kind: 'deadline', actor: null, detail: c.merchantRespondedAt ? 'responded' : c.deadlinePassed ? 'passed without a response' : '', future: Date.parse(c.responseDeadline) > Date.parse(now) });
    if (c.merchantRespondedAt) {
        const a = audits.find(x => x.action === 'record-response');
        events.push({ at: c.merchantRespondedAt, kind: 'response_recorded', actor: a?.operatorName ?? null, detail: a?.reason ?? '', late: !!c.responseDeadline && c.merchantRespondedAt > c.responseDeadline });
    }
    for (const e of evidenceByComplaint(ctx).get(c.id) ?? []) {
        events.push({ at: e.submittedAt, kind: 'evidence', actor: who(e.submittedBy), party: e.party, detail: `${e.description} (${e.fileIds.length})`, late: !!e.late, refId: e.id });
        if (e.reviewedAt) events.push({ at: e.reviewedAt, kind: 'evidence_reviewed', actor: who(e.reviewedBy), party: e.party, detail: `${e.verdict}${e.reviewerNote ? `: ${e.reviewerNote}` : ''}`, refId: e.id });
    }
    if (c.decision) {
        events.push({ at: c.decision.decidedAt, kind: c.decision.outcome === 'declined' ? 'declined' : 'decided', actor: who(c.decision.decidedBy), detail: `${c.decision.outcome}: ${c.decision.reason}` });
        if (c.decision.compensation && c.decision.paymentDueDate)
            events.push({ at: new Date(`${c.decision.paymentDueDate}T23:59:59+08:00`).toISOString(), kind: 'payment_due', actor: null, detail: c.compensationOverdue ? 'overdue' : '', future: c.decision.paymentDueDate >= ctx.today() });
    }
    if (c.compensationPaidAt) events.push({ at: c.compensationPaidAt, kind: 'compensation_paid', actor: audits.find(a => a.action === 'mark-paid')?.operatorName ?? null, detail: '' });
    if (c.deductionApprovalId) {
        const ap = ctx.db.get<Approval>('approvals', c.deductionApprovalId);
        if (ap) events.push({ at: ap.requestedAt, kind: 'deduction_requested', actor: who(ap.requestedBy), detail: ap.status, refId: ap.id });
    }
    if (c.deductionEntryId) {
        const le = ctx.db.get<LedgerEntry>('ledger-entries', c.deductionEntryId);
        if (le) events.push({ at: le.postedAt, kind: 'deduction_posted', actor: who(le.postedBy), detail: `${le.amount} ${le.currency}`, refId: le.id });
    }
    if (c.malicious) events.push({ at: audits.find(a => a.action === 'mark-malicious')?.at ?? c.decision?.decidedAt ?? c.filedAt, kind: 'marked_malicious', actor: audits.find(a => a.action === 'mark-malicious')?.operatorName ?? null, detail: c.maliciousNote });
    if (c.infringement) {
        events.push({ at: c.infringement.warnedAt, kind: 'infringement_warning', actor: who(c.infringement.warnedBy), detail: `${c.infringement.suspendedFrom} → ${c.infringement.suspendedUntil}` });
        const r = c.infringement.restoration;
        if (r) {
            events.push({ at: r.requestedAt, kind: 'restoration_requested', actor: who(r.recordedBy), detail: r.statement });
            if (r.reviewedAt) events.push({ at: r.reviewedAt, kind: 'restoration_reviewed', actor: who(r.reviewedBy), detail: `${r.status}: ${r.reviewNote}` });
        }
    }
    if (c.closedAt) events.push({ at: c.closedAt, kind: 'closed', actor: audits.find(a => a.action === 'close')?.operatorName ?? null, detail: '' });
    return events.sort((a, b) => a.at.localeCompare(b.at));
};
