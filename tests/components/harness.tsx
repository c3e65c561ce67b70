// Renders console components inside react-admin's AdminContext with the real i18n provider, an
// in-memory store, a role-aware authProvider stub and a given dataProvider.
import type { ReactNode } from 'react';
import { AdminContext, memoryStore, testDataProvider, type AuthProvider, type DataProvider } from 'react-admin';
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
