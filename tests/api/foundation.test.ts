import { describe, expect, it } from 'vitest';
import { useMockApi } from '../support/api';

const { request, list } = useMockApi();

describe('mock API list dialect', () => {
    it('answers a list with Content-Range and exposes the header', async () => {
        const res = await list('merchants', { sort: ['id', 'ASC'], range: [0, 9] });
        expect(res.status).toBe(200);
        expect(res.body).toHaveLength(10);
        expect(res.headers.get('Content-Range')).toMatch(/^merchants 0-9\/\d+$/);
        expect(res.headers.get('Access-Control-Expose-Headers')).toContain('Content-Range');
    });

    it('refuses a malformed sort with 400', async () => {
        const res = await request('GET', '/merchants?sort=[oops', { as: 'supervisor' });
        expect(res.status).toBe(400);
        expect(res.body.errors.sort).toBeTruthy();
    });

    it('answers 401 without a token', async () => {
        const res = await request('GET', '/merchants');
        expect(res.status).toBe(401);
    });

    it('R-PRV-2 refuses PUT on the audit log with 405', async () => {
        const res = await request('PUT', '/audit-log/AUD-000001', { as: 'supervisor', body: {} });
        expect(res.status).toBe(405);
    });
});
