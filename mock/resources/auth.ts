// Sign-in: a bearer token per session, kept with the data so a reload stays signed in.
import type { Operator } from '../../src/domain';
import { ApiError, invalid } from '../core/errors';
import type { Route } from '../core/router';
import { DEMO_PASSWORD } from '../seed/operators';

const newToken = () => {
    const bytes = new Uint8Array(24);
    crypto.getRandomValues(bytes);
    return [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
};

export const authRoutes: Route[] = [
    {
        method: 'POST',
        path: '/auth/login',
        public: true,
        write: true,
        summary: 'Sign in with username and password; returns a bearer token and the operator',
        handler: ctx => {
            const body = (ctx.body ?? {}) as { username?: unknown; password?: unknown };
            const errors: Record<string, string> = {};
            if (typeof body.username !== 'string' || !body.username.trim()) errors.username = 'Enter your username';
            if (typeof body.password !== 'string' || !body.password) errors.password = 'Enter your password';
            if (Object.keys(errors).length) throw invalid(errors, 'Enter a username and password.');
            const username = (body.username as string).trim().toLowerCase();
            const operator = ctx.db.all<Operator>('operators').find(o => o.username === username);
            if (!operator || body.password !== DEMO_PASSWORD || !operator.active) {
                throw new ApiError(401, 'Unknown username or wrong password.');
            }
            const token = newToken();
            ctx.db.sessions.set(token, { operatorId: operator.id, createdAt: ctx.now() });
            return { body: { token, operator } };
        },
    },
    {
        method: 'POST',
        path: '/auth/logout',
        write: true,
        summary: 'End the current session',
        handler: ctx => {
            const header = ctx.request.headers.get('Authorization') ?? '';
            ctx.db.sessions.delete(header.replace(/^Bearer\s+/, ''));
            return { status: 200, body: { ok: true } };
        },
    },
    {
        method: 'GET',
        path: '/auth/me',
        summary: 'The signed-in operator',
        handler: ctx => ({ body: ctx.me() }),
    },
];
