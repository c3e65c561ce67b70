import { beforeEach, describe, expect, it } from 'vitest';
import { makePdf } from '../../mock/seed/files';
import { evidencePhoto } from '../../mock/seed/evidenceImages';
import { useMockApi, type UserKey } from '../support/api';

const { request, list, reset, setClock, api } = useMockApi('small');

beforeEach(async () => {
    await reset();
});

const merchantId = () => api.db.all<{ id: string; status: string }>('merchants').find(m => m.status === 'active')!.id;

const fileComplaint = async (as: UserKey = 'service', overrides: Record<string, unknown> = {}) =>
    request('POST', '/complaints', {
        as,
        body: {
            complainantType: 'buyer',
            complainantName: 'Hanse Import GmbH',
            complainantContact: 'claims@hanse.example.com',
            merchantId: merchantId(),
            type: 'no_delivery',
            orderRef: 'TW2026111900001',
            amountClaimed: { amount: 1_200_000, currency: 'CNY' },
            description: 'Paid in full on 1 November; nothing shipped and no reply since.',
            ...overrides,
        },
    });

const upload = (bytes: Uint8Array, name: string) => {
    const boundary = '----b';
    const enc = new TextEncoder();
    const head = enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = enc.encode(`\r\n--${boundary}--\r\n`);
    const body = new Uint8Array(head.length + bytes.length + tail.length);
    body.set(head);
    body.set(bytes, head.length);
    body.set(tail, head.length + bytes.length);
    return request('POST', '/files', { as: 'service', form: body as unknown as FormData, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } });
};

const inDays = (days: number) => {
    const d = new Date(api.db.meta.clockOffsetMs + Date.now() + days * 86_400_000 + 8 * 3_600_000);
    return d.toISOString().slice(0, 10);
};

describe('complaints API (R-CMP-1 to R-CMP-10)', () => {
    it('R-CMP-1 files a complaint with field messages for missing data and an unknown merchant', async () => {
        const bad = await request('POST', '/complaints', { as: 'service', body: { complainantType: 'robot', merchantId: 'm-99999', type: 'quality', amountClaimed: { amount: 1.5, currency: 'EUR' } } });
        expect(bad.status).toBe(422);
        expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(['complainantType', 'complainantName', 'complainantContact', 'merchantId', 'orderRef', 'description']));
        expect(bad.body.errors['amountClaimed.currency']).toBeTruthy();
        const ok = await fileComplaint();
        expect(ok.status).toBe(201);
        expect(ok.body.status).toBe('new');
        expect(ok.body.number).toMatch(/^CMP-\d{6}$/);
        expect(ok.body.needsAction).toBe(true);
    });

    it('403 for compliance and finance on complaint writes, naming who may', async () => {
        for (const who of ['compliance', 'financeA'] as const) {
            const res = await fileComplaint(who);
            expect(res.status).toBe(403);
            expect(res.body.message).toMatch(/customer service agent or a supervisor/);
        }
        const c = (await fileComplaint()).body;
        for (const [path, body] of [
            ['set-deadline', { deadline: inDays(7) }],
            ['decide', { outcome: 'rejected', reason: 'No evidence of payment' }],
            ['decline', { reason: 'Outside the platform entirely' }],
            ['mark-malicious', { note: 'Proven untrue and harmful' }],
        ] as const) {
            const res = await request('POST', `/complaints/${c.id}/${path}`, { as: 'financeA', body });
            expect(res.status).toBe(403);
            const res2 = await request('POST', `/complaints/${c.id}/${path}`, { as: 'compliance', body });
            expect(res2.status).toBe(403);
        }
        const ev = await request('POST', '/evidence', { as: 'compliance', body: { complaintId: c.id, party: 'platform', description: 'Logs', fileIds: ['file-ev-1'] } });
        expect(ev.status).toBe(403);
        expect((await fileComplaint('supervisor')).status).toBe(201);
    });

    it('R-CMP-4 setting a deadline notifies the accused merchant by e-mail and in-site letter (R-NOT-1)', async () => {
        const c = (await fileComplaint()).body;
        const bad = await request('POST', `/complaints/${c.id}/set-deadline`, { as: 'service', body: { deadline: '2020-01-01' } });
        expect(bad.status).toBe(422);
        expect(bad.body.errors.deadline).toMatch(/future/);
        const res = await request('POST', `/complaints/${c.id}/set-deadline`, { as: 'service', body: { deadline: inDays(7) } });
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('awaiting_response');
        expect(res.body.accusedNotifiedAt).toBeTruthy();
        const notices = await list('notices', { filter: { recordId: c.id } });
        expect(notices.body.map((n: { channel: string }) => n.channel).sort()).toEqual(['email', 'in_site']);
        expect(notices.body[0].merchantId).toBe(c.merchantId);
        const audit = await list('audit-log', { filter: { recordId: c.id } });
        expect(audit.body.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['create', 'set-deadline']));
    });

    it('R-CMP-5 once the deadline passes with no response the case may be decided on the complainant’s materials', async () => {
        const c = (await fileComplaint()).body;
        await request('POST', `/complaints/${c.id}/set-deadline`, { as: 'service', body: { deadline: inDays(3) } });
        const early = await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'upheld', reason: 'Merchant silent, evidence consistent' } });
        expect(early.status).toBe(409);
        let read = await request('GET', `/complaints/${c.id}`, { as: 'service' });
        expect(read.body.mayDecideOnComplainantMaterials).toBe(false);
        await setClock({ advanceDays: 5 });
        read = await request('GET', `/complaints/${c.id}`, { as: 'service' });
        expect(read.body.deadlinePassed).toBe(true);
        expect(read.body.mayDecideOnComplainantMaterials).toBe(true);
        const queue = await request('GET', '/complaints/queue?range=[0,999]', { as: 'service' });
        expect(queue.body.map((x: { id: string }) => x.id)).toContain(c.id);
        const dues = queue.body.map((x: { actionDueAt: string }) => x.actionDueAt);
        expect([...dues].sort()).toEqual(dues);
    });

    it('R-CMP-4 merchant evidence after the deadline is accepted but marked late, and flags reused files', async () => {
        const c = (await fileComplaint()).body;
        await request('POST', `/complaints/${c.id}/set-deadline`, { as: 'service', body: { deadline: inDays(2) } });
        await setClock({ advanceDays: 3 });
        // Re-upload the bytes of a seed evidence photo: the same SHA-256 is evidence in another complaint.
        const seedFile = api.db.all<{ id: string; contentType: string }>('files').find(f => /^file-ev-\d+$/.test(f.id) && f.contentType === 'image/png')!;
        const png = await upload(evidencePhoto(Number(seedFile.id.slice(8))), 'reused.png');
        const pdf = await upload(makePdf(['shipping']), 'bl.pdf');
        const ev = await request('POST', '/evidence', { as: 'service', body: { complaintId: c.id, party: 'merchant', description: 'Bill of lading', fileIds: [png.body.id, pdf.body.id] } });
        expect(ev.status).toBe(201);
        expect(ev.body.late).toBe(true);
        expect(ev.body.files).toHaveLength(2);
        const seedCase = api.db.all<{ complaintId: string; fileIds: string[] }>('evidence').find(e => e.fileIds.includes(seedFile.id))!;
        const seedNumber = api.db.get<{ number: string }>('complaints', seedCase.complaintId)!.number;
        expect(ev.body.files[0].duplicateOf).toContain(seedNumber);
        expect(ev.body.files[1].duplicateOf).toEqual([]);
        const after = await request('GET', `/complaints/${c.id}`, { as: 'service' });
        expect(after.body.status).toBe('in_review');
    });

    it('R-CMP-6 reviews evidence: forged needs a note', async () => {
        const c = (await fileComplaint()).body;
        const ev = await request('POST', '/evidence', { as: 'service', body: { complaintId: c.id, party: 'complainant', description: 'Payment slip', fileIds: ['file-ev-1'] } });
        const bad = await request('POST', `/evidence/${ev.body.id}/review`, { as: 'service', body: { verdict: 'forged' } });
        expect(bad.status).toBe(422);
        expect(bad.body.errors.note).toBeTruthy();
        const ok = await request('POST', `/evidence/${ev.body.id}/review`, { as: 'service', body: { verdict: 'forged', note: 'Fonts differ on the amount line' } });
        expect(ok.status).toBe(200);
        expect(ok.body.verdict).toBe('forged');
        expect((await request('PUT', `/evidence/${ev.body.id}`, { as: 'service', body: {} })).status).toBe(405);
    });

    it('R-CMP-7 decides with compensation, refuses deciding twice and deciding a closed case with 409 naming the status', async () => {
        const c = (await fileComplaint()).body;
        const noReason = await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'upheld', reason: '', compensation: { amount: 1_300_000, currency: 'CNY' } } });
        expect(noReason.status).toBe(422);
        expect(noReason.body.errors.reason).toBeTruthy();
        expect(noReason.body.errors.paymentDueDate).toBeTruthy();
        expect(noReason.body.errors.compensation).toMatch(/exceed/);
        const ok = await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'upheld', reason: 'Payment proven, nothing shipped', compensation: { amount: 1_200_000, currency: 'CNY' }, paymentDueDate: inDays(10) } });
        expect(ok.status).toBe(200);
        expect(ok.body.status).toBe('decided');
        const again = await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'rejected', reason: 'Changed my mind entirely' } });
        expect(again.status).toBe(409);
        expect(again.body.message).toMatch(/decided/);
        const notices = await list('notices', { filter: { recordId: c.id, kind: 'complaint_decision' } });
        expect(notices.body).toHaveLength(2);
        expect((await request('POST', `/complaints/${c.id}/close`, { as: 'service' })).status).toBe(409);
        await setClock({ advanceDays: 11 });
        const overdue = await request('GET', `/complaints/${c.id}`, { as: 'service' });
        expect(overdue.body.compensationOverdue).toBe(true);
        expect((await list('complaints', { filter: { overdue: true, id: c.id } })).body).toHaveLength(1);
        expect((await request('POST', `/complaints/${c.id}/mark-paid`, { as: 'service', body: { note: 'Bank slip received' } })).status).toBe(200);
        expect((await request('POST', `/complaints/${c.id}/close`, { as: 'service' })).status).toBe(200);
        const closed = await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'upheld', reason: 'Trying again on a closed case' } });
        expect(closed.status).toBe(409);
        expect(closed.body.message).toMatch(/closed/);
    });

    it('R-CMP-3 declining requires a reason; R-CMP-9 a declined complaint can be marked malicious', async () => {
        const c = (await fileComplaint()).body;
        expect((await request('POST', `/complaints/${c.id}/mark-malicious`, { as: 'service', body: { note: 'Untrue and harmful claim' } })).status).toBe(409);
        const none = await request('POST', `/complaints/${c.id}/decline`, { as: 'service', body: {} });
        expect(none.status).toBe(422);
        expect(none.body.errors.reason).toMatch(/R-CMP-3/);
        const ok = await request('POST', `/complaints/${c.id}/decline`, { as: 'service', body: { reason: 'Transaction outside the platform' } });
        expect(ok.body.status).toBe('declined');
        expect(ok.body.decision.reason).toBe('Transaction outside the platform');
        const mal = await request('POST', `/complaints/${c.id}/mark-malicious`, { as: 'service', body: { note: 'Photos copied from a competitor listing' } });
        expect(mal.status).toBe(200);
        expect(mal.body.malicious).toBe(true);
    });

    it('R-CMP-10 infringement: warning with suspension, restoration request with proof, review', async () => {
        const notIp = (await fileComplaint()).body;
        expect((await request('POST', `/complaints/${notIp.id}/infringement-warning`, { as: 'service', body: { suspensionDays: 14, note: 'Remove the copied listings' } })).status).toBe(409);
        const c = (await fileComplaint('service', { type: 'ip_infringement', complainantType: 'rights_holder', orderRef: null, amountClaimed: null })).body;
        const w = await request('POST', `/complaints/${c.id}/infringement-warning`, { as: 'service', body: { suspensionDays: 14, note: 'Remove the copied listings' } });
        expect(w.status).toBe(200);
        expect(w.body.infringement.suspendedUntil).toBe(inDays(14));
        expect((await list('notices', { filter: { recordId: c.id, kind: 'infringement_warning' } })).body).toHaveLength(2);
        const noProof = await request('POST', `/complaints/${c.id}/restoration-request`, { as: 'service', body: { statement: 'Listings removed today', fileIds: [] } });
        expect(noProof.body.errors.fileIds).toBeTruthy();
        const rq = await request('POST', `/complaints/${c.id}/restoration-request`, { as: 'service', body: { statement: 'Listings removed today', fileIds: ['file-ev-2'] } });
        expect(rq.body.infringement.restoration.status).toBe('pending');
        expect(rq.body.needsAction).toBe(true);
        const rv = await request('POST', `/complaints/${c.id}/restoration-review`, { as: 'service', body: { outcome: 'restore', note: 'Licence verified with the holder' } });
        expect(rv.body.infringement.restoration.status).toBe('restored');
    });

    it('filters by status, type, amount range, deadline within and q over number, order and merchant name', async () => {
        const c = (await fileComplaint()).body;
        await request('POST', `/complaints/${c.id}/set-deadline`, { as: 'service', body: { deadline: inDays(2) } });
        const within = await list('complaints', { filter: { deadlineWithin: 3 }, range: [0, 999] });
        expect(within.body.map((x: { id: string }) => x.id)).toContain(c.id);
        expect(within.body.every((x: { status: string }) => x.status === 'awaiting_response')).toBe(true);
        const range = await list('complaints', { filter: { 'amountClaimed.amount_gte': 1_000_000, 'amountClaimed.amount_lte': 1_200_000 }, range: [0, 999] });
        expect(range.body.every((x: { amountClaimed: { amount: number } }) => x.amountClaimed.amount >= 1_000_000 && x.amountClaimed.amount <= 1_200_000)).toBe(true);
        expect((await list('complaints', { filter: { q: c.number } })).body[0].id).toBe(c.id);
        expect((await list('complaints', { filter: { q: 'TW2026111900001' } })).body[0].id).toBe(c.id);
        const merchant = api.db.get<{ nameEn: string }>('merchants', c.merchantId)!;
        expect((await list('complaints', { filter: { q: merchant.nameEn.split(' ')[0] }, range: [0, 999] })).body.map((x: { id: string }) => x.id)).toContain(c.id);
        const types = await list('complaints', { filter: { type: 'ip_infringement' }, range: [0, 999] });
        expect(types.body.length).toBeGreaterThan(0);
        expect(types.body.every((x: { type: string }) => x.type === 'ip_infringement')).toBe(true);
    });

    it('builds a timeline: filed, accused notified, evidence from each side, deadline, decision', async () => {
        const c = (await fileComplaint()).body;
        await request('POST', '/evidence', { as: 'service', body: { complaintId: c.id, party: 'complainant', description: 'Payment record', fileIds: ['file-ev-1'] } });
        await request('POST', `/complaints/${c.id}/set-deadline`, { as: 'service', body: { deadline: inDays(5) } });
        await request('POST', '/evidence', { as: 'service', body: { complaintId: c.id, party: 'merchant', description: 'Shipping papers', fileIds: ['file-ev-2'] } });
        await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'rejected', reason: 'Shipping papers prove delivery' } });
        const t = await request('GET', `/complaints/${c.id}/timeline`, { as: 'compliance' });
        const kinds = t.body.map((e: { kind: string }) => e.kind);
        expect(kinds).toEqual(expect.arrayContaining(['filed', 'accused_notified', 'evidence', 'deadline', 'response_recorded', 'decided']));
        expect(t.body.filter((e: { kind: string; party: string }) => e.kind === 'evidence').map((e: { party: string }) => e.party).sort()).toEqual(['complainant', 'merchant']);
    });

    it('seeds every type and status with evidence, passed deadlines and overdue compensation', async () => {
        const all = (await list('complaints', { range: [0, 999] })).body as Array<{ type: string; status: string; deadlinePassed: boolean; compensationOverdue: boolean; evidenceCount: number }>;
        expect(all).toHaveLength(40);
        expect(new Set(all.map(c => c.type)).size).toBe(14);
        expect(new Set(all.map(c => c.status)).size).toBe(6);
        expect(all.some(c => c.compensationOverdue)).toBe(true);
        expect(all.some(c => c.status === 'awaiting_response' && c.deadlinePassed)).toBe(true);
        expect(all.every(c => c.evidenceCount > 0)).toBe(true);
        const ev = (await list('evidence', { range: [0, 999] })).body as Array<{ files: Array<{ duplicateOf: string[]; sha256: string }> }>;
        expect(ev.some(e => e.files.some(f => f.duplicateOf.length > 0))).toBe(true);
        expect(ev.every(e => e.files.every(f => /^[0-9a-f]{64}$/.test(f.sha256)))).toBe(true);
    });
});

describe('R-CMP-7 deposit deduction through the ledger (R-DEP-3 (2), R-DEP-13)', () => {
    const decidedOverdue = async (amount: number) => {
        const account = api.db.all<{ id: string; merchantId: string; currency: string; status: string }>('deposit-accounts').find(a => a.currency === 'CNY' && a.status === 'open')!;
        const c = (await fileComplaint('service', { merchantId: account.merchantId, amountClaimed: { amount: 2_000_000, currency: 'CNY' } })).body;
        await request('POST', `/complaints/${c.id}/decide`, { as: 'service', body: { outcome: 'upheld', reason: 'Payment proven, nothing shipped', compensation: { amount, currency: 'CNY' }, paymentDueDate: inDays(3) } });
        await setClock({ advanceDays: 4 });
        return { c, account };
    };

    it('customer service may not post the deduction; finance posts it and the complaint links the entry', async () => {
        const { c, account } = await decidedOverdue(100_000);
        const body = { accountId: account.id, type: 'deduction', amount: 100_000, ground: 'unpaid_compensation', complaintId: c.id, note: `Unpaid compensation ${c.number}` };
        const cs = await request('POST', '/ledger-entries', { as: 'service', body, headers: { 'Idempotency-Key': `cmp-${c.id}` } });
        expect(cs.status).toBe(403);
        const fin = await request('POST', '/ledger-entries', { as: 'financeA', body, headers: { 'Idempotency-Key': `cmp-${c.id}` } });
        expect(fin.status).toBe(201);
        const read = await request('GET', `/complaints/${c.id}`, { as: 'service' });
        expect(read.body.deductionEntryId).toBe(fin.body.id);
        expect(read.body.compensationOverdue).toBe(false);
        const t = await request('GET', `/complaints/${c.id}/timeline`, { as: 'service' });
        expect(t.body.map((e: { kind: string }) => e.kind)).toContain('deduction_posted');
        expect((await request('POST', `/complaints/${c.id}/close`, { as: 'service' })).status).toBe(200);
    });

    it('R-DEP-13 a deduction above the threshold becomes an approval linked on the complaint', async () => {
        const { c, account } = await decidedOverdue(1_500_000);
        const res = await request('POST', '/ledger-entries', {
            as: 'financeA',
            body: { accountId: account.id, type: 'deduction', amount: 1_500_000, ground: 'unpaid_compensation', complaintId: c.id, note: `Unpaid compensation ${c.number}` },
            headers: { 'Idempotency-Key': `cmp-big-${c.id}` },
        });
        expect(res.status).toBe(202);
        const read = await request('GET', `/complaints/${c.id}`, { as: 'service' });
        expect(read.body.deductionApprovalId).toBe(res.body.id);
        expect(read.body.deductionEntryId).toBeNull();
    });
});
