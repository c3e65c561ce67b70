// Penalty components with react-admin's test context: what each shows to whom, and the calls they make.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Form, RecordContextProvider, ResourceContextProvider, testDataProvider, useGetIdentity, type AuthProvider } from 'react-admin';

/** Shows the identity once loaded, so a test can wait until role-dependent components have decided. */
const IdentityProbe = () => {
    const { identity } = useGetIdentity();
    return identity ? <span>identity:{String(identity.id)}</span> : null;
};
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Penalty } from '../../src/domain';
import { i18nProvider } from '../../src/i18n';
import { ApproveButton } from '../../src/penalties/ApproveButton';
import { DecideAppealButton } from '../../src/penalties/DecideAppealButton';
import { GroundInputs } from '../../src/penalties/GroundInputs';
import { MeasuresCard } from '../../src/penalties/MeasuresCard';
import { MeasuresInput } from '../../src/penalties/MeasuresInput';
import { PublicationCard } from '../../src/penalties/PublicationCard';
import { ConfirmSuggestionButton } from '../../src/penalty-suggestions/ConfirmSuggestionButton';

const penalty = (over: Partial<Penalty> = {}): Penalty => ({
    id: 'PEN-000001',
    merchantId: 'm-00001',
    merchantName: '绵阳鼎盛日用化工有限公司',
    ground: { kind: 'rule', ruleId: 'R-REG-8', code: 'licence_out_of_date', complaintId: null, description: 'Licence address not updated.' },
    measures: [{ type: 'freeze_transactions' }],
    startsOn: '2026-11-20',
    endsOn: '2026-12-20',
    status: 'proposed',
    proposedBy: 'op-compliance',
    proposedAt: '2026-11-20T01:00:00Z',
    approvedBy: null,
    approvedAt: null,
    endedAt: null,
    endReason: '',
    publish: false,
    appeal: null,
    ledgerEntryIds: [],
    note: '',
    supervisorApprovalReason: null,
    ...over,
});

const auth = (id: string, role: string): AuthProvider => ({
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => role,
    getIdentity: async () => ({ id, role, fullName: id }),
});

const dataProvider = (extra: Record<string, unknown> = {}) =>
    testDataProvider({
        getList: async () => ({ data: [], total: 0 }) as any,
        getOne: async (resource: string) => ({ data: resource === 'settings' ? DEFAULT_SETTINGS : { id: 'm-00001', storeName: 'Dingsheng Daily Store', depositCurrency: 'CNY' } }) as any,
        ...extra,
    });

const renderWith = (ui: React.ReactNode, { me = ['op-service', 'customer_service'], provider = dataProvider() }: { me?: [string, string]; provider?: any } = {}) =>
    render(
        <AdminContext dataProvider={provider} authProvider={auth(me[0], me[1])} i18nProvider={i18nProvider}>
            <ResourceContextProvider value="penalties">{ui}</ResourceContextProvider>
        </AdminContext>,
    );

describe('ApproveButton (R-PEN-2)', () => {
    it('R-PEN-2 tells the proposer a second person must approve instead of offering the button', async () => {
        renderWith(
            <RecordContextProvider value={penalty()}>
                <ApproveButton />
            </RecordContextProvider>,
            { me: ['op-compliance', 'compliance'] },
        );
        expect(await screen.findByTestId('approve-refusal')).toHaveTextContent(/second person/);
        expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    });

    it('R-PEN-2 tells an officer that a permanent measure needs the supervisor', async () => {
        renderWith(
            <RecordContextProvider value={penalty({ endsOn: null, supervisorApprovalReason: 'a permanent measure (no end date)' })}>
                <ApproveButton />
            </RecordContextProvider>,
        );
        expect(await screen.findByTestId('approve-refusal')).toHaveTextContent(/supervisor/);
    });

    it('R-PEN-2 approves after the confirm dialog, with an idempotency key, pessimistically', async () => {
        const action = vi.fn(async () => ({ data: { ...penalty(), status: 'active' } }));
        renderWith(
            <RecordContextProvider value={penalty()}>
                <ApproveButton />
            </RecordContextProvider>,
            { provider: dataProvider({ action }) },
        );
        fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
        const dialog = await screen.findByRole('dialog');
        expect(action).not.toHaveBeenCalled();
        fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
        await waitFor(() => expect(action).toHaveBeenCalledWith('penalties', 'PEN-000001', 'approve', {}, { idempotencyKey: expect.any(String) }));
    });

    it('shows the server’s refusal inside the dialog', async () => {
        const action = vi.fn(async () => {
            throw Object.assign(new Error('Only the supervisor may approve closing the store or account (R-PEN-2).'), { status: 403, body: {} });
        });
        renderWith(
            <RecordContextProvider value={penalty()}>
                <ApproveButton />
            </RecordContextProvider>,
            { provider: dataProvider({ action }) },
        );
        fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
        fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
        expect(await screen.findByRole('alert')).toHaveTextContent(/Only the supervisor/);
    });

    it('hides approval from a finance officer (role table)', async () => {
        renderWith(
            <RecordContextProvider value={penalty()}>
                <ApproveButton />
                <IdentityProbe />
            </RecordContextProvider>,
            { me: ['op-finance-a', 'finance'] },
        );
        await screen.findByText('identity:op-finance-a');
        expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
        expect(screen.queryByTestId('approve-refusal')).toBeNull();
    });
});

describe('DecideAppealButton (R-PEN-7)', () => {
    const appealed = penalty({ status: 'active', appeal: { submittedAt: '2026-11-21T01:00:00Z', statement: 'Authorised.', fileIds: [], status: 'pending', decidedBy: null, decidedAt: null, decisionNote: '' } });
    it('R-PEN-7 is not offered to the proposer', async () => {
        renderWith(
            <RecordContextProvider value={appealed}>
                <DecideAppealButton />
                <IdentityProbe />
            </RecordContextProvider>,
            { me: ['op-compliance', 'compliance'] },
        );
        await screen.findByText('identity:op-compliance');
        expect(screen.queryByRole('button', { name: 'Decide appeal' })).toBeNull();
    });
    it('R-PEN-7 sends the chosen outcome and the reason', async () => {
        const action = vi.fn(async () => ({ data: { ...appealed, status: 'overturned' } }));
        renderWith(
            <RecordContextProvider value={appealed}>
                <DecideAppealButton />
            </RecordContextProvider>,
            { me: ['op-supervisor', 'supervisor'], provider: dataProvider({ action }) },
        );
        fireEvent.click(await screen.findByRole('button', { name: 'Decide appeal' }));
        const dialog = await screen.findByRole('dialog');
        fireEvent.click(within(dialog).getByLabelText('Overturned: undo the penalty'));
        fireEvent.change(within(dialog).getByTestId('action-note'), { target: { value: 'Authorisation verified.' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
        await waitFor(() => expect(action).toHaveBeenCalledWith('penalties', 'PEN-000001', 'decide-appeal', { outcome: 'overturned', note: 'Authorisation verified.' }, expect.anything()));
    });
});

describe('penalty cards', () => {
    it('R-PEN-1 lists each measure with what it blocks', async () => {
        renderWith(
            <RecordContextProvider value={penalty({ measures: [{ type: 'freeze_transactions' }, { type: 'deposit_deduction', amount: 50_000, currency: 'CNY' }] })}>
                <MeasuresCard />
            </RecordContextProvider>,
        );
        expect(await screen.findByText('Cannot accept new orders or start transactions')).toBeInTheDocument();
        expect(screen.getByText(/Deposit deduction CNY\s*500\.00/)).toBeInTheDocument();
    });

    it('R-PEN-8 previews the public notice in English and Chinese with store, violation and measures', async () => {
        renderWith(
            <RecordContextProvider value={penalty()}>
                <PublicationCard />
            </RecordContextProvider>,
        );
        const en = await screen.findByTestId('notice-en');
        await waitFor(() => expect(en).toHaveTextContent('Dingsheng Daily Store'));
        expect(en).toHaveTextContent(/licence data out of date.*Freeze transactions/);
        expect(screen.getByTestId('notice-zh')).toHaveTextContent(/执照信息过期.*冻结交易服务/);
    });
});

describe('propose form inputs', () => {
    it('R-PEN-6 choosing bribery pre-fills termination and the liquidated damages from settings', async () => {
        renderWith(
            <Form defaultValues={{ ground: { kind: 'rule' }, measures: [] }}>
                <GroundInputs currency="CNY" />
                <MeasuresInput currency="CNY" />
            </Form>,
        );
        fireEvent.mouseDown(await screen.findByRole('combobox', { name: /Rule broken/ }));
        fireEvent.click(await screen.findByRole('option', { name: /R-PEN-6/ }));
        await waitFor(() => expect(screen.getByRole('checkbox', { name: /Close store/ })).toBeChecked());
        expect(screen.getByRole('checkbox', { name: /Liquidated damages/ })).toBeChecked();
        await waitFor(() => expect((document.querySelector('input[name="amount-liquidated_damages"]') as HTMLInputElement).value).toBe('100000.00'));
        expect(screen.getByText(/Commercial bribery \(R-PEN-6\)/)).toBeInTheDocument();
    });
});

describe('ConfirmSuggestionButton (R-PEN-3)', () => {
    it('R-PEN-3 links to the propose form with the ground, evidence and suggestion id pre-filled', async () => {
        renderWith(
            <RecordContextProvider
                value={{ id: 'm-00007.inactive_180_days', kind: 'inactive_180_days', ruleId: 'R-PEN-5', since: '2026-10-01', evidence: { lastLoginOn: '2026-04-01', daysWithoutLogin: 233, limitDays: 180 }, merchantId: 'm-00007', merchantName: 'X', storeName: 'X', merchantStatus: 'active', groundCode: 'inactive_180_days', suggestedMeasures: ['close_store'] }}
            >
                <ConfirmSuggestionButton />
            </RecordContextProvider>,
        );
        const link = await screen.findByRole('link', { name: /Confirm/ });
        const source = JSON.parse(decodeURIComponent(link.getAttribute('href')!.split('source=')[1]));
        expect(source).toMatchObject({ merchantId: 'm-00007', suggestionId: 'm-00007.inactive_180_days', ground: { kind: 'rule', code: 'inactive_180_days' }, measures: [{ type: 'close_store' }] });
        expect(source.ground.description).toMatch(/233 days without login/);
    });
});
