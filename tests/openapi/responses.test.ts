// The reference server's answers validate against the document: a representative request per
// route (a page of each list, one record, each documented example) and the error shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PATH } from '../../openapi/build';
import { createValidator } from '../../openapi/validator';
import { useMockApi, type UserKey } from '../support/api';

const document = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8'));
const validator = createValidator(document);
const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('mock responses match openapi/openapi.json', () => {
    const { request } = useMockApi('small');
    /** A real id for a path's {id}: the first record of the resource's list. */
    const firstId = async (resource: string): Promise<string | undefined> => {
        const r = await request('GET', `/${resource}?range=${q([0, 0])}`, { as: 'supervisor' });
        return r.body?.[0]?.id;
    };

    const lists = operations.filter(o => o.method === 'GET' && o.op['x-list-of']);
    it.each(lists.map(o => [o.path, o]))('GET %s: a page validates and Content-Range says start-end/total', async (_p, { path, op }) => {
        const r = await request('GET', `${path}?range=${q([0, 4])}&sort=${q(['id', 'ASC'])}`, { as: 'supervisor' });
        expect(r.status).toBe(200);
        expect(validator.response(path, 'GET', 200, r.body)).toBeNull();
        const resource = op['x-list-of'];
        expect(r.headers.get('Content-Range')).toMatch(r.body.length ? new RegExp(`^${resource} 0-${r.body.length - 1}/\\d+$`) : new RegExp(`^${resource} \\*/0$`));
        const bad = await request('GET', `${path}?range=${q([5, 1])}`, { as: 'supervisor' });
        expect(bad.status).toBe(400);
        expect(validator.response(path, 'GET', 400, bad.body)).toBeNull();
    });

    const reads = operations.filter(o => o.method === 'GET' && !o.op['x-list-of'] && o.path.includes('{id}'));
    it.each(reads.map(o => [o.path, o]))('GET %s: one record validates; an unknown id is a documented 404', async (_p, { path }) => {
        const resource = path.split('/')[1];
        const id = await firstId(resource);
        if (id === undefined) {
            // Nothing of this resource in the seed yet: the list must say so, and only the 404 is checked.
            const list = await request('GET', `/${resource}`, { as: 'supervisor' });
            expect(list.headers.get('Content-Range')).toBe(`${resource} */0`);
        } else {
            const r = await request('GET', path.replace('{id}', id), { as: 'supervisor' });
            expect(r.status).toBe(200);
            expect(validator.response(path, 'GET', 200, r.body)).toBeNull();
        }
        const missing = await request('GET', path.replace('{id}', 'no-such-id'), { as: 'supervisor' });
        expect(missing.status).toBe(404);
        expect(validator.response(path, 'GET', 404, missing.body)).toBeNull();
    });

    const plain = operations.filter(o => o.method === 'GET' && !o.op['x-list-of'] && !o.path.includes('{'));
    it.each(plain.map(o => [o.path, o]))('GET %s validates', async (_p, { path }) => {
        const r = await request('GET', path, { as: 'compliance' });
        expect(r.status).toBe(200);
        expect(validator.response(path, 'GET', 200, r.body)).toBeNull();
    });

    const examples = operations.filter(o => o.op['x-example']);
    it.each(examples.map(o => [`${o.method} ${o.path}`, o]))('%s: the documented example answers as documented', async (_k, { path, method, op }) => {
        const example = op['x-example'] as { as: UserKey | null; params?: Record<string, string>; body?: unknown; status: number };
        const url = path.replace(/\{(\w+)\}/g, (_m: string, name: string) => example.params?.[name] ?? '');
        const r = await request(method, url, { as: example.as, body: example.body });
        expect(r.status).toBe(example.status);
        expect(validator.response(path, method, r.status, r.body)).toBeNull();
    });

    const refused = operations.filter(o => o.op['x-refused']);
    it.each(refused.map(o => [`${o.method} ${o.path}`, o]))('%s is refused with a documented 405', async (_k, { path, method }) => {
        const resource = path.split('/')[1];
        const id = (await firstId(resource)) ?? 'x';
        const r = await request(method, path.replace('{id}', id), { as: 'supervisor', body: method === 'DELETE' ? undefined : {} });
        expect(r.status).toBe(405);
        expect(validator.response(path, method, 405, r.body)).toBeNull();
    });

    it('errors have the documented shapes: 401 without a token, 403 naming who may, 422 with field errors', async () => {
        const anon = await request('GET', '/merchants');
        expect(anon.status).toBe(401);
        expect(validator.response('/merchants', 'GET', 401, anon.body)).toBeNull();
        const forbidden = await request('PUT', '/clock', { as: 'compliance', body: { advanceDays: 1 } });
        expect(forbidden.status).toBe(403);
        expect(validator.response('/clock', 'PUT', 403, forbidden.body)).toBeNull();
        expect(forbidden.body.message).toMatch(/supervisor/);
        const invalid = await request('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: -3 } });
        expect(invalid.status).toBe(422);
        expect(validator.response('/settings/{id}', 'PUT', 422, invalid.body)).toBeNull();
        expect(validator.schema('ValidationErrorBody', { message: 'x' })).not.toBeNull();
    });
});
