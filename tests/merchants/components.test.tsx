// Components: the checks panel (statuses, rule IDs, differing fields, related links), the
// decision dialog (reason code and note required), the CSV export helpers and the edit form
// showing the API's field errors (point 8) against the real mock API.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/domain';
import { i18nProvider } from '../../src/i18n';
import { ChecksPanel } from '../../src/merchants/ChecksPanel';
import { DecisionDialog } from '../../src/merchants/DecisionDialog';
import { fetchAllMatching, toCsv } from '../../src/common/ExportAllButton';
import { MerchantEdit } from '../../src/merchants/MerchantEdit';
import { createDataProvider } from '../../src/providers/dataProvider';
import { setSession } from '../../src/providers/session';
import { API, useMockApi } from '../support/api';

const { token, api } = useMockApi('small');

const Wrapper = ({ children }: { children: React.ReactNode }) => (
    <TestMemoryRouter>
        <AdminContext i18nProvider={i18nProvider}>{children}</AdminContext>
    </TestMemoryRouter>
);

const checks: CheckResult[] = [
    { id: 'uscc', ruleId: 'R-REG-7', status: 'pass', blocking: true, reason: 'valid', details: {} },
    {
        id: 'licence_match',
        ruleId: 'R-REG-8',
        status: 'fail',
        blocking: true,
        reason: 'The licence differs from the registration in: legalRepresentative.',
        details: { differences: [{ field: 'legalRepresentative', registration: '王伟', licence: '欧阳志远' }] },
    },
    { id: 'on_site', ruleId: 'R-REG-5', status: 'unknown', blocking: true, reason: 'No on-site check has been scheduled or recorded.', details: {} },
    { id: 'related_accounts', ruleId: 'R-REG-6', status: 'fail', blocking: false, reason: '1 related', details: { related: [{ merchantId: 'm-00009', name: '某公司', via: ['phone'] }] } },
];

describe('ChecksPanel', () => {
    it('shows each check with its status, rule ID, reason, the differing field and a link to the related account', () => {
        render(<Wrapper><ChecksPanel checks={checks} /></Wrapper>);
        const match = screen.getByTestId('check-licence_match');
        expect(match).toHaveAttribute('data-status', 'fail');
        expect(within(match).getByText('R-REG-8')).toBeInTheDocument();
        expect(within(match).getByText('Fail')).toBeInTheDocument();
        expect(within(match).getByText('Blocking')).toBeInTheDocument();
        expect(within(match).getByTestId('differs-legalRepresentative')).toHaveTextContent('欧阳志远');
        expect(within(screen.getByTestId('check-uscc')).getByText('Pass')).toBeInTheDocument();
        expect(within(screen.getByTestId('check-on_site')).getByText('Unknown')).toBeInTheDocument();
        const related = screen.getByTestId('check-related_accounts');
        expect(within(related).getByText('Flag')).toBeInTheDocument();
        expect(within(related).getByRole('link')).toHaveAttribute('href', '/merchants/m-00009/show');
    });
});

describe('DecisionDialog (R-REG-9)', () => {
    it('does not confirm without a reason code and a note, and shows the field messages', async () => {
        const onConfirm = vi.fn();
        render(<Wrapper><DecisionDialog open kind="reject" onClose={() => undefined} onConfirm={onConfirm} /></Wrapper>);
        await userEvent.click(screen.getByRole('button', { name: 'Confirm decision' }));
        expect(onConfirm).not.toHaveBeenCalled();
        expect(screen.getByText(/Write a note of at least 3 characters/)).toBeInTheDocument();
        await userEvent.click(screen.getByRole('combobox'));
        await userEvent.click(await screen.findByRole('option', { name: 'Licence differs from registration' }));
        fireEvent.change(screen.getByRole('textbox', { name: /Note/ }), { target: { value: 'Representative differs' } });
        await userEvent.click(screen.getByRole('button', { name: 'Confirm decision' }));
        expect(onConfirm).toHaveBeenCalledWith({ reasonCode: 'licence_mismatch', note: 'Representative differs' });
    }, 60_000);

    it('refuses to confirm an approval while blocking checks fail, naming them', () => {
        render(<Wrapper><DecisionDialog open kind="approve" onClose={() => undefined} onConfirm={() => undefined} blockedBy={['Licence matches registration (R-REG-8)']} /></Wrapper>);
        expect(screen.getByTestId('approve-blocked')).toHaveTextContent('R-REG-8');
        expect(screen.getByRole('button', { name: 'Confirm decision' })).toBeDisabled();
    });
});

describe('CSV export helpers', () => {
    it('fetches every page matching the filter, not only the first', async () => {
        const pages = [Array.from({ length: 5000 }, (_, i) => ({ id: i })), Array.from({ length: 5000 }, (_, i) => ({ id: 5000 + i })), [{ id: 10000 }]];
        const getList = vi.fn(async (page: number) => ({ data: pages[page - 1], total: 10001 }));
        const rows = await fetchAllMatching(getList);
        expect(rows).toHaveLength(10001);
        expect(getList).toHaveBeenCalledTimes(3);
    });

    it('quotes separators and neutralises formulas', () => {
        expect(toCsv([{ a: 'x,y', b: '=1+1', c: ['p', 'q'] }])).toBe('a,b,c\r\n"x,y",\'=1+1,p; q');
    });
});

describe('MerchantEdit (point 8)', () => {
    it('shows the API’s message beside the field and saves nothing', async () => {
        setSession({ token: await token('compliance'), operator: api.db.get('operators', 'op-compliance')! as never });
        const before = structuredClone(api.db.get('merchants', 'm-00003'));
        render(
            <TestMemoryRouter initialEntries={['/merchants/m-00003']}>
                <AdminContext i18nProvider={i18nProvider} dataProvider={createDataProvider(API)}>
                    <ResourceContextProvider value="merchants">
                        <Routes>
                            <Route path="/merchants/:id" element={<MerchantEdit />} />
                        </Routes>
                    </ResourceContextProvider>
                </AdminContext>
            </TestMemoryRouter>,
        );
        const established = await screen.findByLabelText(/Date of establishment/, {}, { timeout: 10000 });
        // A date in the future: the client hint and the API both refuse it.
        await userEvent.clear(established);
        await userEvent.type(established, '2099-01-01');
        const legal = screen.getByLabelText(/Legal representative/);
        await userEvent.clear(legal);
        await userEvent.type(legal, '王五');
        // Another merchant's USCC: only the API knows it is taken (R-REG-6).
        const uscc = screen.getByLabelText(/Unified social credit code/);
        await userEvent.clear(uscc);
        await userEvent.type(uscc, api.db.get<any>('merchants', 'm-00004').uscc);
        await userEvent.clear(established);
        await userEvent.type(established, '2015-01-01');
        await userEvent.click(screen.getByRole('button', { name: /Save/ }));
        await waitFor(() => expect(screen.getByText(/already registered by merchant m-00004/)).toBeInTheDocument(), { timeout: 10000 });
        expect(api.db.get('merchants', 'm-00003')).toEqual(before);
    }, 60_000);
});
