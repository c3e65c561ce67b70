// The case timeline (issue 5 point 2), built from the complaint record, its evidence, the ledger
// (deduction entry or approval) and the audit log (who did what, deadline extensions, responses).
import type { Approval, AuditEntry, Complaint, LedgerEntry, Operator } from '../../src/domain';
import type { Ctx } from '../core/context';
import { evidenceByComplaint } from '../services/complaintIndex';
import { noticesAbout } from '../services/notices';

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
    /** A code the console translates: complainant type, channels, deadline state, verdict, outcome, restoration status. */
    code?: string;
    /** Amounts, for the console to format (R-DEP-14). */
    money?: { amount: number; currency: string };
}

export const complaintTimeline = (ctx: Ctx, c: Complaint): TimelineEvent[] => {
    const now = ctx.now();
    const who = (id: string | null | undefined) => {
        if (!id) return null;
        const op = ctx.db.get<Operator>('operators', id);
        return op ? `${op.name} (${op.nameEn})` : id;
    };
    const events: TimelineEvent[] = [];
    events.push({ at: c.filedAt, kind: 'filed', actor: who(c.filedBy), detail: c.complainantName, code: c.complainantType });
    const audits = ctx.db.all<AuditEntry>('audit-log').filter(a => a.resource === 'complaints' && a.recordId === c.id);
    const notices = noticesAbout(ctx, 'complaints', c.id);
    if (c.accusedNotifiedAt) {
        const first = notices.find(n => n.kind === 'complaint_response_requested');
        const channels = first ? [...new Set(notices.filter(n => n.sentAt === first.sentAt).map(n => n.channel))].sort().join('+') : undefined;
        events.push({ at: c.accusedNotifiedAt, kind: 'accused_notified', actor: who(first?.sentBy), detail: '', code: channels });
    }
    for (const a of audits.filter(a => a.action === 'set-deadline' && a.reason)) events.push({ at: a.at, kind: 'deadline_extended', actor: a.operatorName, detail: String((a.after as Complaint | null)?.responseDeadline ?? '') });
    if (c.responseDeadline) events.push({ at: c.responseDeadline, kind: 'deadline', actor: null, detail: '', code: c.merchantRespondedAt ? 'responded' : c.deadlinePassed ? 'passed' : 'running', future: Date.parse(c.responseDeadline) > Date.parse(now) });
    if (c.merchantRespondedAt) {
        const a = audits.find(x => x.action === 'record-response');
        events.push({ at: c.merchantRespondedAt, kind: 'response_recorded', actor: a?.operatorName ?? null, detail: a?.reason ?? '', late: !!c.responseDeadline && c.merchantRespondedAt > c.responseDeadline });
    }
    for (const e of evidenceByComplaint(ctx).get(c.id) ?? []) {
        events.push({ at: e.submittedAt, kind: 'evidence', actor: who(e.submittedBy), party: e.party, detail: `${e.description} (${e.fileIds.length})`, late: !!e.late, refId: e.id });
        if (e.reviewedAt) events.push({ at: e.reviewedAt, kind: 'evidence_reviewed', actor: who(e.reviewedBy), party: e.party, detail: e.reviewerNote, code: e.verdict, refId: e.id });
    }
    if (c.decision) {
        events.push({ at: c.decision.decidedAt, kind: c.decision.outcome === 'declined' ? 'declined' : 'decided', actor: who(c.decision.decidedBy), detail: c.decision.reason, code: c.decision.outcome, money: c.decision.compensation ?? undefined });
        if (c.decision.compensation && c.decision.paymentDueDate)
            events.push({ at: new Date(`${c.decision.paymentDueDate}T23:59:59+08:00`).toISOString(), kind: 'payment_due', actor: null, detail: '', code: c.compensationOverdue ? 'overdue' : undefined, money: c.decision.compensation, future: c.decision.paymentDueDate >= ctx.today() });
    }
    if (c.compensationPaidAt) events.push({ at: c.compensationPaidAt, kind: 'compensation_paid', actor: audits.find(a => a.action === 'mark-paid')?.operatorName ?? null, detail: '' });
    if (c.deductionApprovalId) {
        const ap = ctx.db.get<Approval>('approvals', c.deductionApprovalId);
        if (ap) events.push({ at: ap.requestedAt, kind: 'deduction_requested', actor: who(ap.requestedBy), detail: '', code: ap.status, money: ap.amount !== null && ap.currency ? { amount: ap.amount, currency: ap.currency } : undefined, refId: ap.id });
    }
    if (c.deductionEntryId) {
        const le = ctx.db.get<LedgerEntry>('ledger-entries', c.deductionEntryId);
        if (le) events.push({ at: le.postedAt, kind: 'deduction_posted', actor: who(le.postedBy), detail: le.id, money: { amount: le.amount, currency: le.currency }, refId: le.id });
    }
    if (c.malicious) events.push({ at: audits.find(a => a.action === 'mark-malicious')?.at ?? c.decision?.decidedAt ?? c.filedAt, kind: 'marked_malicious', actor: audits.find(a => a.action === 'mark-malicious')?.operatorName ?? null, detail: c.maliciousNote });
    if (c.infringement) {
        events.push({ at: c.infringement.warnedAt, kind: 'infringement_warning', actor: who(c.infringement.warnedBy), detail: `${c.infringement.suspendedFrom} – ${c.infringement.suspendedUntil}` });
        const r = c.infringement.restoration;
        if (r) {
            events.push({ at: r.requestedAt, kind: 'restoration_requested', actor: who(r.recordedBy), detail: r.statement });
            if (r.reviewedAt) events.push({ at: r.reviewedAt, kind: 'restoration_reviewed', actor: who(r.reviewedBy), detail: r.reviewNote, code: r.status });
        }
    }
    if (c.closedAt) events.push({ at: c.closedAt, kind: 'closed', actor: audits.find(a => a.action === 'close')?.operatorName ?? null, detail: '' });
    return events.sort((a, b) => a.at.localeCompare(b.at));
};
