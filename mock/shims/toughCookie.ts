// Stand-in for `tough-cookie` in the browser build only (aliased in vite.config.ts).
//
// msw's browser build imports tough-cookie for one feature: a cookie jar that replays cookies
// set by mocked responses (`HttpResponse` with Set-Cookie) on later mocked requests. The
// Tradeward mock authenticates with a bearer token, never sets a cookie and never reads one,
// so the jar is always empty. The real package pulls in `tldts`, a public-suffix list of
// about 130 KB gzip, which would more than double the mock's download on every cold start.
// This stand-in keeps msw's calls working: the jar holds nothing and hands back nothing, and a
// response that tries to set a cookie is reported in the console rather than silently lost.
// Tests (msw/node) and the Node server keep the real package.

export class Cookie {
    key = '';
    value = '';
    domain: string | null = null;
    path: string | null = null;
    static fromJSON(): Cookie | null {
        return null;
    }
    toJSON(): Record<string, unknown> {
        return { key: this.key, value: this.value };
    }
    toString(): string {
        return `${this.key}=${this.value}`;
    }
}

export class MemoryCookieStore {
    idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
    constructor(_store?: MemoryCookieStore) {}
    getCookiesSync(_url: string): Cookie[] {
        return [];
    }
    async setCookie(cookie: string | Cookie, url: string): Promise<undefined> {
        console.warn(`[mock api] a mocked response tried to set the cookie "${String(cookie)}" for ${url}; the Tradeward mock uses bearer tokens and keeps no cookies.`);
        return undefined;
    }
}
