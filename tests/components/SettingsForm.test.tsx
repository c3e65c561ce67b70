// The Settings page: validation messages at the field, money saved in exact minor units, the
// API's 422 field errors beside the fields, and read-only for everyone but the supervisor.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Role } from '../../src/domain';
import { SettingsPage } from '../../src/settings/SettingsPage';
import { Harness } from './harness';

const setup = (role: Role, update: DataProvider['update'] = vi.fn(async (_r, p) => ({ data: { ...DEFAULT_SETTINGS, ...p.data } }))) => {
    const dataProvider = testDataProvider({
        getOne: (async () => ({ data: structuredClone(DEFAULT_SETTINGS) })) as unknown as DataProvider['getOne'],
        update,
    });
    render(
        <Harness role={role} dataProvider={dataProvider}>
            <SettingsPage />
        </Harness>,
    );
    return update;
};

// The form is large (the whole calendar); give slow shared machines room.
describe('Settings page', { timeout: 60_000 }, () => {
    it('R-DEP-5 shows a value out of range at its field and saves nothing', async () => {
        const user = userEvent.setup({ delay: null });
        const update = setup('supervisor');
        const topUp = await screen.findByLabelText('Days to top up a shortfall');
        fireEvent.change(topUp, { target: { value: '0' } });
        await user.click(screen.getByRole('button', { name: 'Save' }));
        await waitFor(() => expect(topUp).toHaveAccessibleDescription('Must be a whole number from 1 to 365'));
        expect(update).not.toHaveBeenCalled();
    });

    it('R-DEP-14 saves money typed in major units as exact minor units', async () => {
        const user = userEvent.setup({ delay: null });
        const update = setup('supervisor');
        const cny = await screen.findByLabelText('Standard deposit (CNY)');
        expect(cny).toHaveValue('10000.00');
        fireEvent.change(cny, { target: { value: '12345.67' } });
        await user.click(screen.getByRole('button', { name: 'Save' }));
        await waitFor(() => expect(update).toHaveBeenCalled());
        const params = vi.mocked(update).mock.calls[0][1];
        expect(params.data.standardDeposit).toEqual({ CNY: 1234567, USD: 200000 });
        expect(params.data.calendar['2026'].holidays).toEqual(DEFAULT_SETTINGS.calendar['2026'].holidays);
    });

    it("shows the API's 422 field errors beside the fields", async () => {
        const user = userEvent.setup({ delay: null });
        const update = vi.fn(async () => {
            throw new HttpError('Some settings are not valid; nothing was saved.', 422, {
                message: 'Some settings are not valid; nothing was saved.',
                errors: { 'standardDeposit.USD': 'Lower than a category requirement', clearanceDays: 'Server says no' },
            });
        });
        setup('supervisor', update as unknown as DataProvider['update']);
        const clearance = await screen.findByLabelText('Clearance days after termination');
        fireEvent.change(clearance, { target: { value: '21' } });
        await user.click(screen.getByRole('button', { name: 'Save' }));
        await waitFor(() => expect(update).toHaveBeenCalled());
        await waitFor(() => expect(screen.getByLabelText('Standard deposit (USD)')).toHaveAccessibleDescription('Lower than a category requirement'));
        expect(screen.getByLabelText('Clearance days after termination')).toHaveAccessibleDescription('Server says no');
    });

    it.each<Role>(['compliance', 'customer_service', 'finance'])('is read-only for %s: no Save button, inputs read-only', async role => {
        setup(role);
        const notice = await screen.findByTestId('settings-read-only');
        expect(notice).toHaveTextContent('Only a supervisor may change these settings');
        expect(screen.getByLabelText('Days to top up a shortfall')).toHaveAttribute('readonly');
        expect(screen.getByLabelText('Standard deposit (CNY)')).toHaveAttribute('readonly');
        expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
        expect(screen.queryByRole('button', { name: 'Add year' })).toBeNull();
        expect(within(screen.getByTestId('calendar-2026')).getByText('2026')).toBeInTheDocument();
    });
});
