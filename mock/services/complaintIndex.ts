// Indexes over whole collections that complaint and evidence reads need, memoised until the
// next write (ctx.cached): evidence per complaint, deductions and approvals per complaint, and
// which complaints hold a file with a given SHA-256 (duplicate evidence across cases).
import type { Approval, Complaint, Evidence, FileRecord, LedgerEntry } from '../../src/domain';
import type { Ctx } from '../core/context';
import { presentFile } from '../resources/files';

export const evidenceByComplaint = (ctx: Ctx): Map<string, Evidence[]> =>
    ctx.cached('complaints:evidence-by-complaint', () => {
        const map = new Map<string, Evidence[]>();
        for (const e of ctx.db.all<Evidence>('evidence')) {
            const list = map.get(e.complaintId);
            if (list) list.push(e);
            else map.set(e.complaintId, [e]);
        }
        return map;
    });

/** The deduction entry posted for a complaint (R-CMP-7, R-DEP-3 (2)), by complaintId. */
export const deductionByComplaint = (ctx: Ctx): Map<string, LedgerEntry> =>
    ctx.cached('complaints:deduction-by-complaint', () => {
        const map = new Map<string, LedgerEntry>();
        for (const e of ctx.db.all<LedgerEntry>('ledger-entries')) if (e.complaintId && e.type === 'deduction') map.set(e.complaintId, e);
        return map;
    });

/** A deduction awaiting (or past) four-eyes approval for a complaint (R-DEP-13), the latest first. */
export const deductionApprovalByComplaint = (ctx: Ctx): Map<string, Approval> =>
    ctx.cached('complaints:approval-by-complaint', () => {
        const map = new Map<string, Approval>();
        for (const a of ctx.db.all<Approval>('approvals')) {
            if (!a.complaintId || a.kind !== 'deduction') continue;
            const prev = map.get(a.complaintId);
            if (!prev || a.requestedAt > prev.requestedAt) map.set(a.complaintId, a);
        }
        return map;
    });

/** SHA-256 → the complaints whose evidence holds a file with those bytes. */
export const complaintsBySha = (ctx: Ctx): Map<string, Set<string>> =>
    ctx.cached('complaints:by-sha256', () => {
        const map = new Map<string, Set<string>>();
        for (const e of ctx.db.all<Evidence>('evidence')) {
            for (const fileId of e.fileIds) {
                const file = ctx.db.get<FileRecord>('files', fileId);
                if (!file) continue;
                const sha = presentFile(ctx, file).sha256;
                if (!sha) continue;
                let set = map.get(sha);
                if (!set) map.set(sha, (set = new Set()));
                set.add(e.complaintId);
            }
        }
        return map;
    });

export const complaintNumber = (ctx: Ctx, id: string): string => ctx.db.get<Complaint>('complaints', id)?.number ?? id;
