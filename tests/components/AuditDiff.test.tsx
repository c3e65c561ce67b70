// R-PRV-2: the audit entry's diff shows only the changed fields, by nested path, before and after.
import { render, screen, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { AuditDiff } from '../../src/audit-log/AuditDiff';
import { Harness } from './harness';

describe('AuditDiff', () => {
    it('R-PRV-2 renders one row per changed field with its nested path and both values', async () => {
        render(
            <Harness>
                <RecordContextProvider
                    value={{
                        id: 'AUD-1',
                        before: { topUpDays: 15, standardDeposit: { CNY: 1000000, USD: 200000 }, blockList: [{ uscc: 'A', name: '甲' }] },
                        after: { topUpDays: 15, standardDeposit: { CNY: 1234567, USD: 200000 }, blockList: [{ uscc: 'A', name: '乙' }] },
                    }}
                >
                    <AuditDiff />
                </RecordContextProvider>
            </Harness>,
        );
        const table = await screen.findByRole('table', { name: 'Changes' });
        const rows = within(table).getAllByRole('row').slice(1);
        expect(rows.map(r => within(r).getByRole('rowheader').textContent)).toEqual(['standardDeposit.CNY', 'blockList.0.name']);
        // R-DEP-14: minor units shown as money in the currency they belong to.
        expect(rows[0].textContent?.replace(/\s/g, ' ')).toContain('CNY 10,000.00');
        expect(rows[0].textContent?.replace(/\s/g, ' ')).toContain('CNY 12,345.67');
        expect(rows[1]).toHaveTextContent('甲');
        expect(rows[1]).toHaveTextContent('乙');
        expect(table).not.toHaveTextContent('topUpDays');
    });

    it('R-DEP-14 formats an amount beside a currency field as money, other numbers as they are', async () => {
        render(
            <Harness>
                <AuditDiff before={undefined} after={{ amount: 250000, currency: 'USD', count: 3 }} />
            </Harness>,
        );
        const table = await screen.findByRole('table', { name: 'Changes' });
        const rows = within(table).getAllByRole('row').slice(1);
        expect(rows[0].textContent?.replace(/\s/g, ' ')).toContain('USD 2,500.00');
        expect(rows[1]).toHaveTextContent('USD');
        expect(rows[2]).toHaveTextContent(/^count3$/);
    });

    it('says so when no field changed', async () => {
        render(
            <Harness>
                <AuditDiff before={{ a: 1 }} after={{ a: 1 }} />
            </Harness>,
        );
        expect(await screen.findByText('No field changed.')).toBeInTheDocument();
    });
});
