// The signed-in operator and their token, kept in localStorage across reloads.
import type { Operator } from '../domain';

const KEY = 'tradeward.session';

export interface Session {
    token: string;
    operator: Operator;
}

export const getSession = (): Session | null => {
    try {
        const raw = localStorage.getItem(KEY);
        return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
        return null;
    }
};

export const setSession = (session: Session | null) => {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
};

export const authHeader = (): Record<string, string> => {
    const session = getSession();
    return session ? { Authorization: `Bearer ${session.token}` } : {};
};

/** A file URL an <img> or <iframe> can load: they cannot send the Authorization header. */
export const fileUrl = (apiUrl: string, fileId: string, download = false) => {
    const token = getSession()?.token ?? '';
    return `${apiUrl}/files/${encodeURIComponent(fileId)}?access_token=${encodeURIComponent(token)}${download ? '&download=1' : ''}`;
};
