// Indexes over whole collections that complaint and evidence reads need, memoised until the
// next write (ctx.cached): evidence per complaint, deductions and approvals per complaint, and
// which complaints hold a file with a given SHA-256 (duplicate evidence across cases).
import type { Approval, Complaint, Evidence, FileRecord, LedgerEntry } from '../../src/domain';
import type { Ctx } from '../core/context';
import { knownSeedMeta, seedMetaCount } from '../resources/files';
import { fileOf } from './files';

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
        // Issue 8: while the ledger is the seed's columns (Database.defer), it holds no entry
        // that names a complaint (the seed posts none), so there is nothing to make and scan.
        if (ctx.db.isDeferred('ledger-entries')) return map;
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

/**
 * Which bytes a file holds, as index keys: its SHA-256 when known (uploads always; seed files
 * once read), and for seed evidence the recipe its bytes are generated from, so byte-identical
 * seed copies ("file-ev-N-copy-K") match without hashing thousands of seed files up front.
 */
export const contentKeys = (file: FileRecord): string[] => {
    if (file.sha256) return [file.sha256];
    const keys: string[] = [];
    const m = /^file-ev-(\d+)/.exec(file.id);
    keys.push(m ? `seed:${file.contentType}|${m[1]}|${file.contentType === 'application/pdf' ? file.name : ''}` : `seed:${file.id}`);
    const known = knownSeedMeta(file)?.sha256;
    if (known) keys.push(known);
    return keys;
};

/** Content key → the complaints whose evidence holds a file with those bytes. */
export const complaintsByContent = (ctx: Ctx): Map<string, Set<string>> => {
    const slot = ctx.cached('complaints:by-content', () => ({ hashed: -1, map: new Map<string, Set<string>>() }));
    // Rebuilt after a write (new version) or when more seed files have been hashed since.
    if (slot.hashed !== seedMetaCount()) {
        slot.hashed = seedMetaCount();
        slot.map = new Map();
        for (const e of ctx.db.all<Evidence>('evidence')) {
            for (const fileId of e.fileIds) {
                const file = fileOf(ctx, fileId);
                if (!file) continue;
                for (const key of contentKeys(file)) {
                    let set = slot.map.get(key);
                    if (!set) slot.map.set(key, (set = new Set()));
                    set.add(e.complaintId);
                }
            }
        }
    }
    return slot.map;
};

export const complaintNumber = (ctx: Ctx, id: string): string => ctx.db.get<Complaint>('complaints', id)?.number ?? id;
