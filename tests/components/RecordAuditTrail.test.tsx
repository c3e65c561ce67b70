// <RecordAuditTrail> embeds one record's audit history (R-PRV-2), newest first.
import { render, screen, waitFor } from '@testing-library/react';
import { testDataProvider, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { RecordAuditTrail } from '../../src/audit-log/RecordAuditTrail';
import { Harness } from './harness';

const entry = {
    id: 'AUD-000007', at: '2026-11-20T01:00:00.000Z', operatorId: 'op-compliance', operatorName: '李娜 (Li Na)', role: 'compliance',
    action: 'update', resource: 'merchants', recordId: 'm-00001', merchantId: 'm-00001', reason: 'Licence renewed', before: { a: 1 }, after: { a: 2 },
};

describe('RecordAuditTrail', () => {
    it('R-PRV-2 asks for the entries of one record, newest first, and lists them', async () => {
        const getList = vi.fn(async () => ({ data: [entry], total: 1 }));
        render(
            <Harness dataProvider={testDataProvider({ getList: getList as unknown as DataProvider['getList'] })}>
                <RecordAuditTrail resource="merchants" recordId="m-00001" />
            </Harness>,
        );
        expect(await screen.findByText('Licence renewed')).toBeInTheDocument();
        expect(screen.getByText('Updated')).toBeInTheDocument();
        expect(getList).toHaveBeenCalledWith('audit-log', expect.objectContaining({ filter: { resource: 'merchants', recordId: 'm-00001' }, sort: { field: 'at', order: 'DESC' } }));
    });

    it('R-PRV-2 filters by merchant and says when nothing was recorded', async () => {
        const getList = vi.fn(async () => ({ data: [], total: 0 }));
        render(
            <Harness dataProvider={testDataProvider({ getList: getList as unknown as DataProvider['getList'] })}>
                <RecordAuditTrail merchantId="m-00002" />
            </Harness>,
        );
        expect(await screen.findByText('No recorded changes yet')).toBeInTheDocument();
        await waitFor(() => expect(getList).toHaveBeenCalledWith('audit-log', expect.objectContaining({ filter: { merchantId: 'm-00002' } })));
    });
});
