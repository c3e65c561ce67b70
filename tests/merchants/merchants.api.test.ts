// Merchants API: masking and audited reveal (R-PRV-1), validated edits that never change the
// status (R-REG-9, point 8), filters, on-site checks (R-REG-5) and document validation.
import { beforeEach, describe, expect, it } from 'vitest';
import { PNG_1PX } from './fixtures';
import { useMockApi } from '../support/api';

const { request, list, reset, api } = useMockApi('small');

const raw = (id: string) => api.db.get<any>('merchants', id);

describe('merchants API', () => {
    beforeEach(() => reset());

    it('R-PRV-1 masks contact data in list and show responses', async () => {
        const res = await list('merchants', { range: [0, 4], sort: ['id', 'ASC'] }, 'compliance');
        for (const m of res.body) {
            expect(m.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
            expect(m.email).toMatch(/^.\*{3}@/);
            expect(m.phone).not.toBe(raw(m.id).phone);
        }
        const one = await request('GET', '/merchants/m-00001', { as: 'supervisor' });
        expect(one.body.contactAddress).toContain('****');
    });

    it('R-PRV-1 reveals full contact data only with a reason, audited; finance may not', async () => {
        const noReason = await request('POST', '/merchants/m-00001/reveal-contact', { as: 'compliance', body: { reason: '' } });
        expect(noReason.status).toBe(422);
        expect(noReason.body.errors.reason).toBeTruthy();
        const finance = await request('POST', '/merchants/m-00001/reveal-contact', { as: 'financeA', body: { reason: 'Need to call them' } });
        expect(finance.status).toBe(403);
        const ok = await request('POST', '/merchants/m-00001/reveal-contact', { as: 'service', body: { reason: 'Calling about complaint C-1' } });
        expect(ok.status).toBe(200);
        expect(ok.body.phone).toBe(raw('m-00001').phone);
        const audit = await list('audit-log', { filter: { merchantId: 'm-00001', action: 'reveal-contact' } });
        expect(audit.body).toHaveLength(1);
        expect(audit.body[0].reason).toBe('Calling about complaint C-1');
        expect(audit.body[0].role).toBe('customer_service');
    });

    it('R-REG-9 / R-PEN-10 refuses a status change by edit with 422 at the status field', async () => {
        const res = await request('PUT', '/merchants/m-00001', { as: 'compliance', body: { ...raw('m-00001'), status: 'closed' } });
        expect(res.status).toBe(422);
        expect(res.body.errors.status).toMatch(/R-REG-9/);
        expect(res.body.errors.status).toMatch(/R-PEN-10/);
    });

    it('point 8: invalid USCC, future establishment, taken USCC and missing field are refused at the field; nothing saved', async () => {
        const before = structuredClone(raw('m-00003'));
        const other = raw('m-00004').uscc;
        const cases: Array<[Record<string, unknown>, string, RegExp]> = [
            [{ uscc: `${before.uscc.slice(0, 17)}${before.uscc[17] === '0' ? '1' : '0'}` }, 'uscc', /check character/],
            [{ establishedOn: '2099-01-01' }, 'establishedOn', /future/],
            [{ uscc: other }, 'uscc', /already registered/],
            [{ legalRepresentative: '' }, 'legalRepresentative', /Required/],
        ];
        for (const [patch, field, message] of cases) {
            const res = await request('PUT', '/merchants/m-00003', { as: 'compliance', body: { ...before, nameEn: 'Changed Name Ltd', ...patch } });
            expect(res.status, field).toBe(422);
            expect(res.body.errors[field]).toMatch(message);
        }
        expect(raw('m-00003')).toEqual(before);
    });

    it('an edit keeps masked contact values, saves the change and audits before/after masked', async () => {
        const shown = (await request('GET', '/merchants/m-00005', { as: 'compliance' })).body;
        const phone = raw('m-00005').phone;
        const res = await request('PUT', '/merchants/m-00005', { as: 'compliance', body: { ...shown, nameEn: 'Renamed Trading Co., Ltd.' } });
        expect(res.status).toBe(200);
        expect(raw('m-00005').nameEn).toBe('Renamed Trading Co., Ltd.');
        expect(raw('m-00005').phone).toBe(phone);
        const audit = await list('audit-log', { filter: { merchantId: 'm-00005', action: 'update' } });
        expect(audit.body[0].after).toEqual({ nameEn: 'Renamed Trading Co., Ltd.' });
    });

    it('a customer service agent may not edit a merchant (403)', async () => {
        const res = await request('PUT', '/merchants/m-00005', { as: 'service', body: { nameEn: 'X Ltd' } });
        expect(res.status).toBe(403);
    });

    it('filters: review queue by due date, overdue, related accounts, licence expiry', async () => {
        const queue = await list('merchants', { filter: { status: ['pending_review', 'info_requested'] }, sort: ['reviewDueDate', 'ASC'], range: [0, 200] });
        const dues = queue.body.map((m: any) => m.reviewDueDate);
        expect(dues).toEqual([...dues].sort());
        expect(queue.body[0].reviewOverdue).toBe(true);
        const overdue = await list('merchants', { filter: { reviewOverdue: true }, range: [0, 500] });
        expect(overdue.body.length).toBeGreaterThan(0);
        expect(overdue.body.every((m: any) => m.reviewDaysLeft < 0)).toBe(true);
        const related = await list('merchants', { filter: { hasRelated: true }, range: [0, 500] });
        expect(related.body.every((m: any) => m.relatedMerchantIds.length > 0)).toBe(true);
        const expired = await list('merchants', { filter: { licenceExpiring: 'expired' }, range: [0, 500] });
        expect(expired.body.length).toBeGreaterThan(0);
        expect(expired.body.every((m: any) => m.licenceExpiresOn < '2026-11-20')).toBe(true);
        const soon = await list('merchants', { filter: { licenceExpiring: '30d' }, range: [0, 500] });
        expect(soon.body.every((m: any) => m.licenceExpiresOn >= '2026-11-20' && m.licenceExpiresOn <= '2026-12-20')).toBe(true);
    });

    it('full-text search covers names, USCC and legal representative', async () => {
        const m = raw('m-00007');
        for (const q of [m.nameEn.split(' ')[0], m.uscc, m.legalRepresentative]) {
            const res = await list('merchants', { filter: { q }, range: [0, 200] });
            expect(res.body.map((r: any) => r.id)).toContain('m-00007');
        }
    });

    it('R-REG-5 a failed on-site check with an uploaded attachment blocks approval', async () => {
        const pending = await list('merchants', { filter: { status: 'pending_review' }, sort: ['id', 'ASC'], range: [0, 5] });
        const clean = pending.body[1].id;
        const scheduled = await request('POST', `/merchants/${clean}/on-site-checks`, { as: 'compliance', body: { scheduledFor: '2026-11-23', note: 'Office visit' } });
        expect(scheduled.status).toBe(201);
        const form = new FormData();
        form.append('file', new File([PNG_1PX], 'site.png', { type: 'image/png' }));
        const upload = await request('POST', '/files', { as: 'compliance', form });
        expect(upload.status).toBe(201);
        const result = await request('POST', `/merchants/${clean}/on-site-checks/${scheduled.body.id}/result`, {
            as: 'compliance',
            body: { status: 'failed', result: 'No business at the address', fileIds: [upload.body.id] },
        });
        expect(result.status).toBe(200);
        const approve = await request('POST', `/merchants/${clean}/decisions`, { as: 'compliance', body: { kind: 'approve', reasonCode: 'all_checks_passed', note: 'try' } });
        expect(approve.status).toBe(409);
        expect(approve.body.message).toContain('R-REG-5');
    });

    it('R-REG-5 refuses a past date and a result without findings; unknown files are refused', async () => {
        const past = await request('POST', '/merchants/m-00001/on-site-checks', { as: 'compliance', body: { scheduledFor: '2026-01-01' } });
        expect(past.status).toBe(422);
        expect(past.body.errors.scheduledFor).toBeTruthy();
        const ok = await request('POST', '/merchants/m-00001/on-site-checks', { as: 'compliance', body: { scheduledFor: '2026-11-30' } });
        const bad = await request('POST', `/merchants/m-00001/on-site-checks/${ok.body.id}/result`, { as: 'compliance', body: { status: 'passed', result: '', fileIds: ['nope'] } });
        expect(bad.status).toBe(422);
        expect(Object.keys(bad.body.errors).sort()).toEqual(['fileIds', 'result']);
    });

    it('point 8: a document expiring before its issue date or with an invalid licence USCC is refused at the field', async () => {
        const doc = api.db.get<any>('documents', 'doc-m-00001-lic');
        const before = structuredClone(doc);
        const res = await request('PUT', '/documents/doc-m-00001-lic', { as: 'compliance', body: { ...doc, issuedOn: '2024-05-01', expiresOn: '2024-04-30' } });
        expect(res.status).toBe(422);
        expect(res.body.errors.expiresOn).toMatch(/before the issue date/);
        const uscc = await request('PUT', '/documents/doc-m-00001-lic', { as: 'compliance', body: { ...doc, licence: { ...doc.licence, uscc: 'ABC' } } });
        expect(uscc.body.errors['licence.uscc']).toMatch(/18 characters/);
        const future = await request('PUT', '/documents/doc-m-00001-lic', { as: 'compliance', body: { ...doc, licence: { ...doc.licence, establishedOn: '2099-01-01' } } });
        expect(future.body.errors['licence.establishedOn']).toMatch(/future/);
        expect(api.db.get('documents', 'doc-m-00001-lic')).toEqual(before);
    });

    it('point 8: an upload that is not an image or PDF, or too large, is refused at the file field', async () => {
        const text = new FormData();
        text.append('file', new File(['hello, not an image'], 'licence.png', { type: 'image/png' }));
        const res = await request('POST', '/files', { as: 'compliance', form: text });
        expect(res.status).toBe(422);
        expect(res.body.errors.file).toBeTruthy();
        const big = new FormData();
        const bytes = new Uint8Array(6 * 1024 * 1024);
        bytes.set(PNG_1PX);
        big.append('file', new File([bytes], 'big.png', { type: 'image/png' }));
        const tooBig = await request('POST', '/files', { as: 'compliance', form: big });
        expect(tooBig.status).toBe(413);
        expect(tooBig.body.errors.file).toMatch(/largest/);
    });
});
