// Renders console components inside react-admin's AdminContext with the real i18n provider, an
// in-memory store, a role-aware authProvider stub and a given dataProvider.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { AdminContext, memoryStore, TestMemoryRouter, testDataProvider, type AuthProvider, type DataProvider, type GetListParams } from 'react-admin';
import { vi } from 'vitest';
import { canRole, type Role } from '../../src/domain';
import { i18nProvider } from '../../src/i18n';

export const authAs = (role: Role, overrides: Partial<AuthProvider> = {}): AuthProvider => ({
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => role,
    getIdentity: async () => ({ id: `op-${role}`, fullName: `Test ${role}`, role }),
    canAccess: async ({ resource, action }) => canRole(role, resource, action),
    ...overrides,
});

export const Harness = ({
    children,
    role = 'supervisor',
    dataProvider = testDataProvider(),
    authProvider,
}: {
    children: ReactNode;
    role?: Role;
    dataProvider?: DataProvider;
    authProvider?: AuthProvider;
}) => (
    <AdminContext dataProvider={dataProvider} authProvider={authProvider ?? authAs(role)} i18nProvider={i18nProvider} store={memoryStore()}>
        {children}
    </AdminContext>
);

/** Rows named "Row 1" … "Row n", for list tests. */
export const namedRows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r-${i + 1}`, name: `Row ${i + 1}` }));

/**
 * A getList over in-memory rows, paged as asked; a `name` filter keeps the rows whose name starts
 * with it. `refuse` returns an error message for parameters the API would refuse.
 */
export const rowsGetList = (rows: Array<{ id: string; name: string }>, refuse: (params: GetListParams) => string | null = () => null) =>
    vi.fn(async (_resource: string, params: GetListParams) => {
        const refusal = refuse(params);
        if (refusal) throw new Error(refusal);
        const matching = params.filter.name ? rows.filter(r => r.name.startsWith(params.filter.name)) : rows;
        const { page, perPage } = params.pagination!;
        return { data: matching.slice((page - 1) * perPage, page * perPage), total: matching.length } as never;
    });

/** Renders `ui` at `url` under a memory router and the harness, as a supervisor allowed everything. */
export const renderWithList = (getList: DataProvider['getList'], ui: ReactNode, url = '/') =>
    render(
        <TestMemoryRouter initialEntries={[url]}>
            <Harness dataProvider={testDataProvider({ getList } as Partial<DataProvider>)} authProvider={authAs('supervisor', { canAccess: async () => true })}>
                {ui}
            </Harness>
        </TestMemoryRouter>,
    );
