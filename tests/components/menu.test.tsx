// The console's menu (src/layout/Menu.tsx, issue 8): it reads the location once and marks the
// active entry itself, so it must still mark the right entry on every URL — a list's page and
// filters in the query string included — and list only what the role may see.
import { act, render, screen, waitFor } from '@testing-library/react';
import { ResourceDefinitionContextProvider, TestMemoryRouter, useNavigate } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { Menu } from '../../src/layout/Menu';
import { Harness } from './harness';

const DEFINITIONS = {
    merchants: { name: 'merchants', hasList: true },
    complaints: { name: 'complaints', hasList: true },
    'penalty-suggestions': { name: 'penalty-suggestions', hasList: true },
    evidence: { name: 'evidence', hasList: false },
};

let navigateTo: (to: string) => void = () => undefined;
const Navigator = () => {
    navigateTo = useNavigate();
    return null;
};

const renderMenu = (role: Parameters<typeof Harness>[0]['role'], path = '/') =>
    render(
        <TestMemoryRouter initialEntries={[path]}>
            <Harness role={role}>
                <ResourceDefinitionContextProvider definitions={DEFINITIONS}>
                    <Navigator />
                    <Menu />
                </ResourceDefinitionContextProvider>
            </Harness>
        </TestMemoryRouter>,
    );

const entry = (name: string) => screen.getByRole('menuitem', { name });
const isActive = (name: string) => entry(name).classList.contains('RaMenuItemLink-active') && entry(name).getAttribute('aria-current') === 'page';

describe('Menu', () => {
    it('lists the dashboard, each listable resource the role may list, and Settings, as links', async () => {
        renderMenu('supervisor');
        await screen.findByRole('menuitem', { name: 'Suggested penalties' }, { timeout: 5000 });
        expect(screen.getAllByRole('menuitem').map(e => e.textContent)).toEqual(['Dashboard', 'Merchants', 'Complaints', 'Suggested penalties', 'Settings']);
        expect(entry('Merchants')).toHaveAttribute('href', '/merchants');
        expect(entry('Settings')).toHaveAttribute('href', '/settings/platform');
    });

    it('leaves out what the role may not list (R-PEN-3: suggested penalties are for officers)', async () => {
        renderMenu('finance');
        await screen.findByRole('menuitem', { name: 'Settings' }, { timeout: 5000 });
        expect(screen.queryByRole('menuitem', { name: 'Suggested penalties' })).toBeNull();
        expect(entry('Complaints')).toBeInTheDocument();
    });

    it('marks the entry of the current page, following page and filter changes in the URL', async () => {
        renderMenu('supervisor', '/merchants');
        await screen.findByRole('menuitem', { name: 'Complaints' }, { timeout: 5000 });
        expect(isActive('Merchants')).toBe(true);
        expect(isActive('Dashboard')).toBe(false);

        act(() => {
            navigateTo('/merchants?page=2&filter=%7B%22status%22%3A%5B%22suspended%22%5D%7D');
        });
        await waitFor(() => expect(isActive('Merchants')).toBe(true));
        act(() => {
            navigateTo('/merchants/m-00001/show');
        });
        await waitFor(() => expect(isActive('Merchants')).toBe(true));

        act(() => {
            navigateTo('/complaints');
        });
        await waitFor(() => expect(isActive('Complaints')).toBe(true));
        expect(isActive('Merchants')).toBe(false);

        act(() => {
            navigateTo('/');
        });
        await waitFor(() => expect(isActive('Dashboard')).toBe(true));
        expect(isActive('Complaints')).toBe(false);
    });
});
