// Components of the deposit pages: the post-entry form (R-DEP-3, R-DEP-12, R-DEP-13, R-DEP-14)
// and the maker-checker approve button (R-DEP-13).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, RecordContextProvider, testDataProvider, type AuthProvider } from 'react-admin';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Approval, type DepositAccount } from '../../src/domain';
import { i18nProvider } from '../../src/i18n';

const post = vi.fn();
vi.mock('../../src/deposit-accounts/ledgerApi', async importOriginal => ({
    ...(await importOriginal<typeof import('../../src/deposit-accounts/ledgerApi')>()),
    postLedgerEntry: (...args: unknown[]) => post(...args),
}));

const { PostEntryButton } = await import('../../src/deposit-accounts/PostEntryButton');
const { ApproveButton } = await import('../../src/approvals/ApproveButton');
const { DecisionBlockField } = await import('../../src/approvals/ApprovalFields');

const authProvider = (id: string, role: string): AuthProvider => ({
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => role,
    getIdentity: async () => ({ id, fullName: id }),
});

const dataProvider = testDataProvider({
    getOne: (async (resource: string) => ({ data: resource === 'settings' ? DEFAULT_SETTINGS : { id: 'x' } })) as never,
});

const account: DepositAccount = {
    id: 'DA-000001',
    merchantId: 'm-00001',
    currency: 'CNY',
    status: 'open',
    guarantee: null,
    openedAt: '2025-01-01T00:00:00Z',
    closedAt: null,
    balance: 1_000_000,
    merchantName: '测试有限公司',
};

const wrap = (ui: React.ReactNode, id = 'op-finance-a', role = 'finance') =>
    render(
        <AdminContext dataProvider={dataProvider} authProvider={authProvider(id, role)} i18nProvider={i18nProvider}>
            {ui}
        </AdminContext>,
    );

describe('PostEntryButton', () => {
    beforeEach(() => post.mockReset());

    it('R-DEP-14 converts the typed major amount to minor units and R-DEP-12 sends one Idempotency-Key per opening, even on a double click', async () => {
        const user = userEvent.setup();
        let release: (v: unknown) => void = () => undefined;
        post.mockImplementation(() => new Promise(r => (release = r)));
        wrap(<PostEntryButton account={account} />);
        await user.click(await screen.findByRole('button', { name: 'Post entry' }));
        const dialog = await screen.findByRole('dialog');
        fireEvent.change(within(dialog).getByLabelText('Amount (CNY)'), { target: { value: '1,250.50' } });
        fireEvent.change(within(dialog).getByLabelText('Reason (recorded with the entry)'), { target: { value: 'Top-up received' } });
        await user.click(within(dialog).getByRole('button', { name: 'Review' }));
        const confirm = await screen.findByRole('button', { name: 'Post' });
        await user.dblClick(confirm);
        expect(post).toHaveBeenCalledTimes(1);
        expect(post.mock.calls[0][0]).toMatchObject({ accountId: 'DA-000001', type: 'top_up', amount: 125_050, note: 'Top-up received', ground: null });
        const firstKey = post.mock.calls[0][1];
        expect(typeof firstKey).toBe('string');
        release({ kind: 'posted', entry: { id: 'LE-1' }, replayed: false });
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        // A new opening is a new entry: a new key.
        post.mockResolvedValue({ kind: 'posted', entry: { id: 'LE-2' }, replayed: false });
        await user.click(screen.getByRole('button', { name: 'Post entry' }));
        const again = await screen.findByRole('dialog');
        fireEvent.change(within(again).getByLabelText('Amount (CNY)'), { target: { value: '10' } });
        fireEvent.change(within(again).getByLabelText('Reason (recorded with the entry)'), { target: { value: 'Second' } });
        await user.click(within(again).getByRole('button', { name: 'Review' }));
        await user.click(await screen.findByRole('button', { name: 'Post' }));
        await waitFor(() => expect(post).toHaveBeenCalledTimes(2));
        expect(post.mock.calls[1][1]).not.toBe(firstKey);
    }, 60_000);

    it('R-DEP-3 refuses a deduction without a ground and a malformed amount, beside the fields', async () => {
        const user = userEvent.setup();
        wrap(<PostEntryButton account={account} defaultType="deduction" />);
        await user.click(await screen.findByRole('button', { name: 'Post entry' }));
        const dialog = await screen.findByRole('dialog');
        fireEvent.change(within(dialog).getByLabelText('Amount (CNY)'), { target: { value: '12.345' } });
        fireEvent.change(within(dialog).getByLabelText('Reason (recorded with the entry)'), { target: { value: 'x' } });
        await user.click(within(dialog).getByRole('button', { name: 'Review' }));
        expect(await within(dialog).findByText(/at most 2 decimals/)).toBeInTheDocument();
        expect(within(dialog).getByText('A deduction needs its ground (R-DEP-3)')).toBeInTheDocument();
        expect(post).not.toHaveBeenCalled();
    });

    it('R-DEP-13 warns that a deduction above the threshold goes for approval instead of posting', async () => {
        const user = userEvent.setup();
        wrap(<PostEntryButton account={account} defaultType="deduction" />);
        await user.click(await screen.findByRole('button', { name: 'Post entry' }));
        const dialog = await screen.findByRole('dialog');
        expect(within(dialog).getByText(/Deductions above CNY 5,000.00 need a second person/)).toBeInTheDocument();
        fireEvent.change(within(dialog).getByLabelText('Amount (CNY)'), { target: { value: '5000.01' } });
        expect(await within(dialog).findByText(/it will be sent for approval, not posted \(R-DEP-13\)/)).toBeInTheDocument();
    });

    it('R-DEP-13 is disabled for roles that may not post', async () => {
        wrap(<PostEntryButton account={account} />, 'op-service', 'customer_service');
        await waitFor(() => expect(screen.getByRole('button', { name: 'Post entry' })).toBeDisabled());
    });
});

describe('ApproveButton', () => {
    const approval: Approval = {
        id: 'APR-000001',
        kind: 'refund',
        status: 'pending',
        merchantId: 'm-00001',
        accountId: 'DA-000001',
        penaltyId: null,
        amount: 1_000_000,
        currency: 'CNY',
        ground: null,
        complaintId: null,
        note: 'Release',
        requestedBy: 'op-finance-a',
        requestedAt: '2026-11-20T01:00:00Z',
        decidedBy: null,
        decidedAt: null,
        decisionNote: '',
        entryId: null,
        payoutDueDate: null,
        paidOutAt: null,
        idempotencyKey: 'k',
    };

    it('R-DEP-13 the requester sees the approve button disabled with the rule that forbids it', async () => {
        wrap(
            <RecordContextProvider value={approval}>
                <ApproveButton />
                <DecisionBlockField />
            </RecordContextProvider>,
        );
        expect(await screen.findByText(/You requested this: another finance officer or the supervisor must decide it/)).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Approve' })).toBeDisabled();
    });

    it('R-DEP-13 another finance officer may approve', async () => {
        wrap(
            <RecordContextProvider value={approval}>
                <ApproveButton />
                <DecisionBlockField />
            </RecordContextProvider>,
            'op-finance-b',
        );
        await waitFor(() => expect(screen.getByRole('button', { name: 'Approve' })).toBeEnabled());
        expect(screen.queryByText(/You requested this/)).toBeNull();
    });
});
