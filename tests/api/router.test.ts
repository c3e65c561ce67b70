import { describe, expect, it } from 'vitest';
import { ApiError } from '../../mock/core/errors';
import { Router, type Route } from '../../mock/core/router';

const route = (method: Route['method'], path: string, extra: Partial<Route> = {}): Route => ({ method, path, summary: `${method} ${path}`, handler: () => ({}), ...extra });

const router = new Router();
router.add(
    route('GET', '/merchants'),
    route('GET', '/merchants/:id'),
    route('GET', '/merchants/queue'),
    route('POST', '/merchants/:id/decisions'),
    route('GET', '/audit-log/:id'),
    route('PUT', '/audit-log/:id', { refuses: true }),
    route('DELETE', '/audit-log/:id', { refuses: true }),
    route('GET', '/openapi.json'),
);

const matched = (method: string, path: string) => {
    const m = router.match(method, path);
    return 'route' in m ? { path: m.route.path, params: m.params } : m;
};

describe('Router', () => {
    it('prefers literal segments over :params, whatever the order of registration', () => {
        expect(matched('GET', '/merchants/queue')).toEqual({ path: '/merchants/queue', params: {} });
        expect(matched('GET', '/merchants/m-00001')).toEqual({ path: '/merchants/:id', params: { id: 'm-00001' } });
        expect(matched('POST', '/merchants/m-1/decisions')).toEqual({ path: '/merchants/:id/decisions', params: { id: 'm-1' } });
    });

    it('decodes params and accepts a trailing slash', () => {
        expect(matched('GET', '/merchants/a%20b/')).toEqual({ path: '/merchants/:id', params: { id: 'a b' } });
    });

    it('answers a badly encoded param with a 400 ApiError', () => {
        expect(() => router.match('GET', '/merchants/%E0%A4%A')).toThrow(ApiError);
    });

    it('lists the methods a path allows, leaving out routes that only refuse', () => {
        expect(matched('PATCH', '/merchants/m-1')).toEqual({ allowed: ['GET'] });
        expect(matched('PATCH', '/audit-log/AUD-000001')).toEqual({ allowed: ['GET'] });
        // The refusing route itself still matches, so its handler can explain why (R-PRV-2).
        expect(matched('PUT', '/audit-log/AUD-000001')).toEqual({ path: '/audit-log/:id', params: { id: 'AUD-000001' } });
        expect(matched('GET', '/nothing')).toEqual({ allowed: [] });
    });

    it('matches literal dots literally', () => {
        expect(matched('GET', '/openapi.json')).toEqual({ path: '/openapi.json', params: {} });
        expect(matched('GET', '/openapiXjson')).toEqual({ allowed: [] });
    });
});
