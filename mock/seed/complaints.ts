// Complaints across every type and status against active-like merchants, with evidence from
// both sides (seed files "file-ev-N"), deadlines passed and ahead, decisions with compensation
// unpaid past due (deduction candidates, R-CMP-7), malicious and declined cases, infringement
// notices with restoration requests (R-CMP-10), and a few files reused as evidence across cases.
import {
    addDays,
    chinaDate,
    COMPLAINT_TYPES,
    type Complaint,
    type ComplaintStatus,
    type ComplaintType,
    type Evidence,
    type EvidenceParty,
    type FileRecord,
    type Merchant,
} from '../../src/domain';
import type { Database } from '../core/db';
import { daysAgo, streamFor, type SeedCounts } from './context';
import { seedFileRecord } from './merchants';
import { GIVEN_NAMES, SURNAMES } from './reference';

const pad = (n: number) => String(n).padStart(6, '0');
const HOUR = 3_600_000;
const plusHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * HOUR).toISOString();

const STATUS_WEIGHTS: ReadonlyArray<readonly [ComplaintStatus, number]> = [
    ['new', 12],
    ['awaiting_response', 22],
    ['in_review', 18],
    ['decided', 28],
    ['closed', 14],
    ['declined', 6],
];

const MONEY_TYPES: ComplaintType[] = ['no_delivery', 'fake_delivery', 'rejected_goods_not_handled', 'refusal_to_sell', 'no_payment_on_arrival', 'quality', 'counterfeit', 'not_as_contracted', 'wrong_brand_or_unauthorised'];
const ORDER_TYPES: ComplaintType[] = ['no_delivery', 'fake_delivery', 'rejected_goods_not_handled', 'no_payment_on_arrival', 'quality', 'not_as_contracted', 'refusal_to_sell', 'counterfeit', 'wrong_brand_or_unauthorised'];

const BUYERS = ['Hanse Import GmbH', 'Atlas Trading LLC', 'Nordic Supply AB', 'Maple Leaf Wholesale Inc.', 'Sahara Retail FZE', 'Pacific Rim Distributors Pty', 'Iberia Comercial S.L.', 'Andes Importaciones SAC', 'Baltic Goods OÜ', 'Kiwi Homewares Ltd'];
const RIGHTS_HOLDERS = ['Lumen Brands Ltd (rights holder)', 'Orchid Design Studio', 'Velo Sports IP Holdings', 'Kestrel Audio Co.'];

const DESCRIPTIONS: Record<ComplaintType, string> = {
    no_delivery: 'Paid in full by T/T but no goods were shipped; the merchant stopped replying after payment.',
    fake_delivery: 'Tracking number given by the merchant belongs to another parcel; nothing was delivered to us.',
    rejected_goods_not_handled: 'We rejected the defective batch on arrival and asked for return instructions; the merchant never handled it.',
    refusal_to_sell: 'The merchant confirmed the order and price, then refused to sell unless we paid 20% more.',
    no_payment_on_arrival: 'Goods arrived as agreed but the merchant, acting as buyer, did not pay on arrival.',
    quality: 'Half of the delivered units fail the agreed specification (photos and inspection report attached).',
    counterfeit: 'The goods carry a famous brand logo but are counterfeit according to the brand owner.',
    not_as_contracted: 'Material, size and packaging differ from the signed contract.',
    wrong_brand_or_unauthorised: 'The merchant delivered another brand and holds no authorisation for the brand listed.',
    ip_infringement: 'Product listings copy our registered design and use our trademark without licence.',
    false_information: 'The store claims certifications (CE, FDA) it does not hold.',
    spam: 'We receive dozens of unsolicited inquiries a day from this merchant’s accounts.',
    feedback_manipulation: 'The merchant offered refunds in exchange for five-star feedback.',
    other: 'The merchant used our company name in its listings without permission.',
};

/** `seedMerchants`: the merchants as seeded (the part may be generated after operators changed some). */
/**
 * Generates the complaints and their evidence into db, and answers the evidence and restoration
 * files they name, for whoever keeps the file records (the seed's `files` part, seed/index.ts).
 */
export const seedComplaints = (db: Database, counts: SeedCounts, seedMerchants: Merchant[] = db.all<Merchant>('merchants')): FileRecord[] => {
    const rnd = streamFor('complaints');
    const merchants = seedMerchants.filter(m => ['active', 'restricted', 'suspended', 'in_clearance'].includes(m.status));
    if (merchants.length === 0) return [];
    const complaints: Complaint[] = [];
    const evidence: Evidence[] = [];
    const files: FileRecord[] = [];
    const reusable: FileRecord[] = [];
    let fileN = 0;
    let evN = 0;

    const addFiles = (count: number, uploadedAt: string, complaintIndex: number): string[] => {
        const ids: string[] = [];
        for (let k = 0; k < count; k++) {
            // Every ~20th case reuses a file from an earlier case: same bytes, flagged as duplicate.
            if (reusable.length > 5 && complaintIndex % 20 === 7 && k === 0) {
                const src = rnd.pick(reusable);
                const copy = seedFileRecord(`${src.id}-copy-${complaintIndex}`, src.name, src.contentType, uploadedAt, 'complainant');
                files.push(copy);
                ids.push(copy.id);
                continue;
            }
            fileN++;
            const pdf = rnd.chance(0.3);
            const name = pdf ? rnd.pick(['invoice', 'contract', 'inspection-report', 'bank-slip', 'correspondence']) + `-${fileN}.pdf` : rnd.pick(['parcel', 'product', 'label', 'damage', 'screenshot']) + `-${fileN}.png`;
            const f = seedFileRecord(`file-ev-${fileN}`, name, pdf ? 'application/pdf' : 'image/png', uploadedAt, 'complainant');
            files.push(f);
            if (rnd.chance(0.2)) reusable.push(f);
            ids.push(f.id);
        }
        // Exact size: an array grown by push keeps room for 17 (issue 8).
        return [...ids];
    };

    const addEvidence = (complaintId: string, party: EvidenceParty, at: string, description: string, complaintIndex: number, opts: { late?: boolean; reviewed?: boolean } = {}) => {
        evN++;
        const verdict = opts.reviewed ? rnd.weighted([['accepted', 75], ['doubtful', 18], ['forged', 7]] as const) : 'pending';
        evidence.push({
            id: `ev-${pad(evN)}`,
            complaintId,
            party,
            description,
            fileIds: addFiles(rnd.weighted([[1, 55], [2, 35], [3, 10]] as const), at, complaintIndex),
            submittedAt: at,
            submittedBy: 'op-service',
            verdict,
            reviewerNote: verdict === 'doubtful' ? 'Dates on the document do not match the order timeline.' : verdict === 'forged' ? 'The bank slip was altered: fonts differ and the reference does not exist.' : '',
            reviewedBy: opts.reviewed ? 'op-service' : null,
            reviewedAt: opts.reviewed ? plusHours(at, rnd.int(2, 48)) : null,
            late: !!opts.late,
        });
    };

    for (let i = 1; i <= counts.complaints; i++) {
        const id = `cmp-${pad(i)}`;
        // The first 14 cover every type; then weighted towards the transaction disputes.
        const type: ComplaintType = i <= COMPLAINT_TYPES.length ? COMPLAINT_TYPES[i - 1] : rnd.chance(0.7) ? rnd.pick(MONEY_TYPES) : rnd.pick(COMPLAINT_TYPES);
        const status: ComplaintStatus = i <= 12 ? STATUS_WEIGHTS[i % STATUS_WEIGHTS.length][0] : rnd.weighted(STATUS_WEIGHTS);
        const merchant = rnd.pick(merchants);
        const complainantType = type === 'ip_infringement' || type === 'counterfeit' && rnd.chance(0.4) ? 'rights_holder' : type === 'spam' || type === 'other' ? 'member' : 'buyer';
        const complainantName = complainantType === 'rights_holder' ? rnd.pick(RIGHTS_HOLDERS) : complainantType === 'member' ? `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_NAMES)}贸易有限公司` : rnd.pick(BUYERS);
        const hasMoney = MONEY_TYPES.includes(type);
        const currency = merchant.depositCurrency;
        const amountClaimed = hasMoney ? { amount: rnd.int(5, 800) * 10_000 + rnd.pick([0, 0, 50_00]), currency } : null;
        const filedDaysAgo = status === 'new' ? rnd.int(0, 3) : status === 'awaiting_response' ? rnd.int(2, 16) : status === 'in_review' ? rnd.int(5, 25) : rnd.int(20, 120);
        const filedAt = daysAgo(filedDaysAgo, rnd);
        const c: Complaint = {
            id,
            number: `CMP-${pad(i)}`,
            complainantType,
            complainantName,
            complainantContact: complainantType === 'buyer' ? `claims@${complainantName.split(' ')[0].toLowerCase()}.example.com` : `+86 10 ${rnd.int(6000, 8999)} ${rnd.int(1000, 9999)}`,
            merchantId: merchant.id,
            type,
            orderRef: ORDER_TYPES.includes(type) ? `TW${chinaDate(filedAt).replace(/-/g, '')}${rnd.int(10000, 99999)}` : null,
            amountClaimed,
            description: DESCRIPTIONS[type],
            status,
            filedAt,
            filedBy: 'op-service',
            assigneeId: 'op-service',
            accusedNotifiedAt: null,
            responseDeadline: null,
            merchantRespondedAt: null,
            decision: null,
            compensationPaidAt: null,
            deductionEntryId: null,
            deductionApprovalId: null,
            penaltyId: null,
            malicious: false,
            maliciousNote: '',
            closedAt: null,
            infringement: null,
        };
        addEvidence(id, 'complainant', plusHours(filedAt, 1), rnd.pick(['Order confirmation and payment record', 'Photos of the goods as received', 'Correspondence with the merchant', 'Third-party inspection report']), i, { reviewed: status !== 'new' && rnd.chance(0.6) });

        if (status !== 'new' && !(status === 'declined' && rnd.chance(0.5))) {
            c.accusedNotifiedAt = plusHours(filedAt, rnd.int(2, 20));
            c.responseDeadline = new Date(`${addDays(chinaDate(c.accusedNotifiedAt), 7)}T23:59:59+08:00`).toISOString();
            const deadlineMs = Date.parse(c.responseDeadline);
            const anchorMs = Date.parse(daysAgo(0));
            const responds = status === 'in_review' || (['decided', 'closed'].includes(status) && rnd.chance(0.7));
            if (responds) {
                const late = rnd.chance(0.15);
                c.merchantRespondedAt = late ? plusHours(c.responseDeadline, rnd.int(5, 40)) : plusHours(c.accusedNotifiedAt, rnd.int(10, 120));
                if (Date.parse(c.merchantRespondedAt) > anchorMs) c.merchantRespondedAt = plusHours(c.accusedNotifiedAt, 6);
                addEvidence(id, 'merchant', c.merchantRespondedAt, rnd.pick(['Shipping documents and bill of lading', 'Quality certificate from the factory', 'Chat log showing the buyer agreed', 'Photos of packing before dispatch']), i, {
                    late: Date.parse(c.merchantRespondedAt) > deadlineMs,
                    reviewed: status !== 'in_review' || rnd.chance(0.3),
                });
            }
            if (rnd.chance(0.2)) addEvidence(id, 'platform', plusHours(c.accusedNotifiedAt, 30), 'Platform order and logistics records', i, { reviewed: status !== 'in_review' });
            if (['decided', 'closed', 'declined'].includes(status)) {
                // Decided 12–72 h after the deadline or the response, never after the seed's "now".
                const basis = Math.max(deadlineMs, Date.parse(c.merchantRespondedAt ?? c.accusedNotifiedAt));
                const decidedMs = basis + rnd.int(12, 72) * HOUR;
                const at = new Date(Math.min(decidedMs, anchorMs - 24 * HOUR)).toISOString();
                if (status === 'declined') {
                    c.decision = { outcome: 'declined', reason: rnd.pick(['Duplicate of a complaint already handled.', 'The dispute concerns a transaction outside the platform.', 'The complainant withdrew and provided no evidence.']), compensation: null, paymentDueDate: null, decidedBy: 'op-service', decidedAt: at };
                } else {
                    const outcome = rnd.weighted([['upheld', 50], ['partly_upheld', 25], ['rejected', 25]] as const);
                    const comp = outcome !== 'rejected' && amountClaimed ? { amount: outcome === 'upheld' ? amountClaimed.amount : Math.round(amountClaimed.amount / 200) * 100, currency } : null;
                    const dueDate = comp ? addDays(chinaDate(at), 10) : null;
                    c.decision = {
                        outcome,
                        reason: outcome === 'rejected' ? 'The merchant’s shipping and inspection documents show the goods were delivered as contracted.' : c.merchantRespondedAt ? 'The complainant’s evidence is consistent and the merchant’s response does not rebut it.' : 'The merchant did not respond by the deadline; decided on the complainant’s materials (R-CMP-5).',
                        compensation: comp,
                        paymentDueDate: dueDate,
                        decidedBy: 'op-service',
                        decidedAt: at,
                    };
                    if (comp && dueDate) {
                        // Paid in most closed cases; decided cases: some paid, many unpaid past due (R-CMP-7).
                        const paid = status === 'closed' || rnd.chance(0.35);
                        if (paid) c.compensationPaidAt = plusHours(at, rnd.int(24, 200));
                        if (c.compensationPaidAt && Date.parse(c.compensationPaidAt) > anchorMs) c.compensationPaidAt = plusHours(at, 2);
                    }
                    if (status === 'closed') c.closedAt = plusHours(c.compensationPaidAt ?? at, rnd.int(2, 48));
                    if (outcome === 'rejected' && rnd.chance(0.25)) {
                        c.malicious = true;
                        c.maliciousNote = 'The complainant’s photos were taken from another seller’s listing; the merchant lost sales during the dispute.';
                    }
                }
            }
        }
        if (type === 'ip_infringement' && c.accusedNotifiedAt && status !== 'declined') {
            const from = chinaDate(plusHours(c.accusedNotifiedAt, 24));
            c.infringement = { warnedAt: plusHours(c.accusedNotifiedAt, 24), warnedBy: 'op-service', suspendedFrom: from, suspendedUntil: addDays(from, 30), note: 'Listings copying the registered design must be removed.', penaltyId: null, restoration: null };
            if (rnd.chance(0.6)) {
                c.infringement.restoration = { requestedAt: plusHours(c.accusedNotifiedAt, 72), recordedBy: 'op-service', statement: 'Listings removed; licence agreement with the rights holder attached.', fileIds: addFiles(1, plusHours(c.accusedNotifiedAt, 72), i), status: rnd.chance(0.5) ? 'pending' : 'restored', reviewedBy: null, reviewedAt: null, reviewNote: '' };
                if (c.infringement.restoration.status === 'restored') Object.assign(c.infringement.restoration, { reviewedBy: 'op-service', reviewedAt: plusHours(c.accusedNotifiedAt, 120), reviewNote: 'Licence verified with the rights holder.' });
            }
        }
        complaints.push(c);
    }
    db.load('complaints', complaints);
    db.load('evidence', evidence);
    db.meta.counters.cmp = Math.max(db.meta.counters.cmp ?? 0, counts.complaints);
    db.meta.counters.ev = Math.max(db.meta.counters.ev ?? 0, evN);
    return files;
};
