// Sign-in against POST /auth/login; canAccess implements the role table of RULES.md
// (the same table the mock API enforces, src/domain/permissions.ts).
import type { AuthProvider } from 'react-admin';
import { canRole } from '../domain';
import { API_URL } from '../config';
import { getSession, setSession } from './session';

export class LoginError extends Error {
    constructor(message: string, public readonly fieldErrors: Record<string, string> = {}) {
        super(message);
    }
}

export const createAuthProvider = (apiUrl = API_URL): AuthProvider => ({
    async login({ username, password }: { username: string; password: string }) {
        const response = await fetch(`${apiUrl}/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username, password }),
        });
        const body = await response.json().catch(() => ({}));
        if (!response.ok) throw new LoginError(body.message ?? `Sign-in failed (${response.status})`, body.errors);
        setSession({ token: body.token, operator: body.operator });
    },
    async logout() {
        const session = getSession();
        setSession(null);
        if (session) {
            await fetch(`${apiUrl}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } }).catch(() => undefined);
        }
    },
    async checkAuth() {
        if (!getSession()) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error: { status?: number }) {
        if (error?.status === 401) {
            // react-admin then calls logout(), which forgets the session. Clearing it here
            // already would stop react-admin from telling the operator why (it only notifies
            // while checkAuth still passes).
            throw new Error('ra.notification.logged_out');
        }
        // 403 means "not allowed", not "signed out": stay signed in and show the message.
    },
    async getIdentity() {
        const session = getSession();
        if (!session) throw new Error('ra.auth.auth_check_error');
        const { operator } = session;
        return { id: operator.id, fullName: `${operator.name} · ${operator.nameEn}`, role: operator.role, username: operator.username };
    },
    async getPermissions() {
        return getSession()?.operator.role ?? null;
    },
    async canAccess({ resource, action }: { resource: string; action: string }) {
        const role = getSession()?.operator.role;
        // Field-level checks ("merchants.phone") and "*" fall back to reading the resource.
        const base = resource.split('.')[0];
        return canRole(role, base, action === '*' ? 'list' : action);
    },
});
