import { describe, expect, it } from 'vitest';
import { depositAccountsCsv } from '../../src/deposit-accounts/exporter';
import type { DepositAccount } from '../../src/domain';

describe('deposit accounts CSV', () => {
    it('R-DEP-14 exports amounts as exact decimal strings with their currency, and neutralises formula-like names', () => {
        const account = {
            id: 'DA-000001',
            merchantId: 'm-00001',
            merchantName: '=HYPERLINK("x")',
            merchantNameEn: 'Acme, Ltd.',
            currency: 'USD',
            status: 'open',
            balance: 123_456_789,
            required: 200_000,
            shortfall: 0,
            owed: 5,
            topUpDueDate: null,
            topUpOverdue: false,
            refundPending: true,
        } as unknown as DepositAccount;
        const [header, row] = depositAccountsCsv([account]).split('\r\n');
        expect(header).toBe('account,merchant_id,merchant,merchant_en,currency,status,balance,required,shortfall,owed,top_up_due,top_up_overdue,refund_pending');
        expect(row).toBe(`DA-000001,m-00001,"'=HYPERLINK(""x"")","Acme, Ltd.",USD,open,1234567.89,2000.00,0.00,0.05,,no,yes`);
    });
});
