import { describe, expect, it } from 'vitest';
import { chinaDate, type Complaint, type LedgerEntry } from '../../src/domain';
import { useMockApi } from '../support/api';

const { request, api } = useMockApi('small');

describe('dashboard aggregates (GET /stats/dashboard)', () => {
    it('counts complaints by type and outcome (R-CMP-7), deposits held per currency (R-DEP-12), deposits held per currency and deductions per month from the records', async () => {
        const res = await request('GET', '/stats/dashboard', { as: 'financeA' });
        expect(res.status).toBe(200);
        const complaints = api.db.all<Complaint>('complaints');
        const counted = res.body.complaintsByType.reduce((n: number, r: Record<string, number>) => n + r.open + r.upheld + r.partly_upheld + r.rejected + r.declined, 0);
        expect(counted).toBe(complaints.length);
        const entries = api.db.all<LedgerEntry>('ledger-entries');
        for (const currency of ['CNY', 'USD'] as const) {
            const held = entries.filter(e => e.currency === currency).reduce((n, e) => n + (e.direction === 'credit' ? e.amount : -e.amount), 0);
            expect(res.body.depositsHeld.find((h: { currency: string }) => h.currency === currency).amount).toBe(held);
        }
        expect(res.body.registrationsPerWeek).toHaveLength(12);
        expect(res.body.deductionsPerMonth).toHaveLength(6);
        const november = entries.filter(e => e.type === 'deduction' && e.currency === 'CNY' && chinaDate(e.postedAt).startsWith('2026-11')).reduce((n, e) => n + e.amount, 0);
        expect(res.body.deductionsPerMonth[5]).toEqual({ month: '2026-11', CNY: november, USD: expect.any(Number) });
    });

    it('answers 401 when signed out', async () => {
        expect((await request('GET', '/stats/dashboard')).status).toBe(401);
    });
});
