// Evidence (R-CMP-4, R-CMP-6): items of one or more files with a description, from the
// complainant, the merchant or the platform; each gets a reviewer verdict and note. Files already
// used as evidence in another complaint are flagged by their SHA-256.
import {
    canComplaint,
    deadlinePassed,
    EVIDENCE_PARTIES,
    validateReason,
    type Complaint,
    type Evidence,
    type EvidenceFile,
    type EvidenceParty,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, conflict, invalid, notFound } from '../core/errors';
import { listReply, resourceRoutes, type ResourceDefinition } from '../core/resource';
import { buildPredicate, parseListParams, sortRecords } from '../core/query';
import type { Route } from '../core/router';
import { complaintNumber, complaintsByContent, contentKeys, evidenceByComplaint } from '../services/complaintIndex';
import { presentFile } from './files';
import { fileOf } from '../services/files';

const MAX_FILES_PER_ITEM = 10;
const OPEN_STATUSES: Complaint['status'][] = ['new', 'awaiting_response', 'in_review'];

export const presentEvidence = (e: Evidence, ctx: Ctx): Evidence => {
    // Hash this item's files first (seed files on first read), then look their bytes up.
    const records = e.fileIds.flatMap(id => {
        const record = fileOf(ctx, id);
        return record ? [{ record, meta: presentFile(ctx, record) }] : [];
    });
    const byContent = complaintsByContent(ctx);
    const files: EvidenceFile[] = records.map(({ record, meta: f }) => {
        const others = new Set<string>();
        for (const key of [...contentKeys(record), f.sha256]) for (const cid of byContent.get(key) ?? []) if (cid !== e.complaintId) others.add(cid);
        return { id: f.id, name: f.name, contentType: f.contentType, size: f.size, sha256: f.sha256, duplicateOf: [...others].map(cid => complaintNumber(ctx, cid)).sort() };
    });
    return { ...e, files };
};

const evidenceDef: ResourceDefinition<Evidence> = {
    name: 'evidence',
    searchFields: ['description'],
    present: presentEvidence,
    merchantIdOf: () => null,
    readOnlyReason: 'Evidence is a record of what a party submitted and when (R-CMP-4): it is never edited or deleted; a reviewer adds a verdict through POST /evidence/:id/review (R-CMP-6).',
    create: (input, ctx) => {
        const errors: Record<string, string> = {};
        const complaint = typeof input.complaintId === 'string' ? ctx.db.get<Complaint>('complaints', input.complaintId) : undefined;
        if (!complaint) errors.complaintId = 'Choose the complaint this evidence belongs to.';
        const party = input.party as EvidenceParty;
        if (!EVIDENCE_PARTIES.includes(party)) errors.party = 'Say who submitted it: the complainant, the merchant or the platform (R-CMP-4).';
        const description = typeof input.description === 'string' ? input.description.trim() : '';
        if (description.length < 5) errors.description = 'Describe what the files show (at least 5 characters).';
        else if (description.length > 2000) errors.description = 'At most 2,000 characters.';
        const fileIds = Array.isArray(input.fileIds) ? (input.fileIds as unknown[]) : [];
        if (fileIds.length === 0) errors.fileIds = 'Attach at least one file (JPEG, PNG, WebP or PDF).';
        else if (fileIds.length > MAX_FILES_PER_ITEM) errors.fileIds = `At most ${MAX_FILES_PER_ITEM} files per evidence item.`;
        else if (new Set(fileIds).size !== fileIds.length) errors.fileIds = 'The same file is attached twice.';
        else if (fileIds.some(id => typeof id !== 'string' || !fileOf(ctx, id))) errors.fileIds = 'One of the files does not exist: upload it again.';
        assertValid(errors);
        if (!OPEN_STATUSES.includes(complaint!.status))
            throw conflict(`This complaint is ${complaint!.status.replace('_', ' ')}: evidence is taken only while the case is open.`, 'R-CMP-4');
        const now = ctx.now();
        // Merchant evidence after the deadline is still accepted, but marked late (R-CMP-4, R-CMP-5).
        const late = party === 'merchant' && deadlinePassed(complaint!, now);
        const evidence: Evidence = {
            id: ctx.db.nextId('ev'),
            complaintId: complaint!.id,
            party,
            description,
            fileIds: fileIds as string[],
            submittedAt: now,
            submittedBy: ctx.me().id,
            verdict: 'pending',
            reviewerNote: '',
            reviewedBy: null,
            reviewedAt: null,
            late,
        };
        // The merchant's evidence is its response: the case moves to review (R-CMP-4).
        if (party === 'merchant' && canComplaint(complaint!.status, 'record_response')) {
            const after: Complaint = { ...complaint!, status: 'in_review', merchantRespondedAt: complaint!.merchantRespondedAt ?? now };
            ctx.db.put('complaints', after);
            ctx.audit({ action: 'record-response', resource: 'complaints', recordId: after.id, merchantId: after.merchantId, before: complaint, after, reason: `${late ? '[late] ' : ''}Evidence submitted by the merchant: ${description}` });
        }
        return evidence;
    },
};

export const evidenceReviewRoutes: Route[] = [
    {
        method: 'POST',
        path: '/evidence/:id/review',
        write: true,
        summary: 'Plain-sense review of an evidence item: accepted, doubtful or forged, with a note (R-CMP-6)',
        handler: ctx => {
            ctx.require('evidence', 'review', 'review evidence');
            const e = ctx.db.get<Evidence>('evidence', ctx.params.id);
            if (!e) throw notFound('evidence', ctx.params.id);
            const complaint = ctx.db.get<Complaint>('complaints', e.complaintId);
            if (complaint && !OPEN_STATUSES.includes(complaint.status))
                throw conflict(`The complaint is ${complaint.status.replace('_', ' ')}: its evidence can no longer be re-reviewed.`, 'R-CMP-6');
            const b = (ctx.body ?? {}) as Record<string, unknown>;
            const verdict = b.verdict;
            const errors: Record<string, string> = {};
            if (verdict !== 'accepted' && verdict !== 'doubtful' && verdict !== 'forged') errors.verdict = 'Choose accepted, doubtful or rejected as forged (R-CMP-6).';
            const note = typeof b.note === 'string' ? b.note.trim() : '';
            if (verdict !== 'accepted') Object.assign(errors, validateReason(note, 'note', 'a note saying what makes it doubtful or forged'));
            if (Object.keys(errors).length) throw invalid(errors);
            const after: Evidence = { ...e, verdict: verdict as Evidence['verdict'], reviewerNote: note, reviewedBy: ctx.me().id, reviewedAt: ctx.now() };
            ctx.db.put('evidence', after);
            ctx.audit({ action: 'review', resource: 'evidence', recordId: e.id, merchantId: complaint?.merchantId ?? null, before: e, after, reason: note });
            return { body: presentEvidence(after, ctx) };
        },
    },
];

/**
 * GET /evidence filters and sorts the stored records (every filter is on stored fields) and
 * presents only the page it answers: file hashes and duplicate flags cost per file shown.
 */
const evidenceListRoute: Route = {
    method: 'GET',
    path: '/evidence',
    summary: 'List evidence (filter complaintId, party, verdict, q) with file metadata and duplicate flags',
    handler: ctx => {
        ctx.require('evidence', 'list', 'read evidence');
        const { sort, range, filter } = parseListParams(ctx.url.searchParams);
        const { complaintId, ...rest } = filter;
        // One complaint's evidence comes from the index; only those few rows are filtered and sorted.
        const source =
            typeof complaintId === 'string'
                ? [...(evidenceByComplaint(ctx).get(complaintId) ?? [])]
                : Array.isArray(complaintId)
                  ? complaintId.flatMap(id => evidenceByComplaint(ctx).get(String(id)) ?? [])
                  : ctx.db.all<Evidence>('evidence');
        const predicate = buildPredicate<Evidence>(rest, { searchFields: evidenceDef.searchFields ?? [], custom: {} });
        const rows = sortRecords(source.filter(predicate), sort ?? { field: 'submittedAt', order: 'ASC' });
        const [start, end] = range ?? [0, rows.length - 1];
        return listReply('evidence', rows.slice(start, end + 1).map(e => presentEvidence(e, ctx)), rows.length, start);
    },
};

export const evidenceRoutes: Route[] = [
    evidenceListRoute,
    ...evidenceReviewRoutes,
    ...resourceRoutes(evidenceDef).filter(r => !(r.method === 'GET' && r.path === '/evidence')),
];
