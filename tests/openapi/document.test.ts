// The API document (openapi/openapi.json) against the reference server's route table: same
// routes both ways, committed file up to date, every operation fully described.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build, DOCUMENT_PATH, operationKey, serialise } from '../../openapi/build';
import { createValidator } from '../../openapi/validator';
import { routes } from '../../mock/routes';
import { PERMISSIONS } from '../../src/domain';

const committed = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8'));
const documented = Object.entries(committed.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map(method => `${method.toUpperCase()} ${path}`),
);

describe('openapi/openapi.json', () => {
    it('documents every route of mock/routes.ts', () => {
        const missing = routes.map(operationKey).filter(key => !documented.includes(key));
        expect(missing).toEqual([]);
    });

    it('documents no route that mock/routes.ts does not serve', () => {
        const served = new Set(routes.map(operationKey));
        expect(documented.filter(key => !served.has(key))).toEqual([]);
    });

    it('is exactly what `npm run openapi` generates (run it and commit when this fails)', async () => {
        const { document } = await build();
        expect(readFileSync(DOCUMENT_PATH, 'utf8')).toBe(serialise(document));
    });

    it('leaves no operation without a permission, a request schema or a response schema', async () => {
        const { problems } = await build();
        expect(problems).toEqual([]);
    });

    it('is OpenAPI 3.1 with JSON Schema 2020-12 and every $ref resolves', () => {
        expect(committed.openapi).toBe('3.1.0');
        const text = JSON.stringify(committed);
        const refs = [...text.matchAll(/"\$ref":"#\/([^"]+)"/g)].map(m => m[1]);
        expect(refs.length).toBeGreaterThan(100);
        const unresolved = [...new Set(refs)].filter(ref => {
            let node: any = committed;
            for (const part of ref.split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
            return node === undefined;
        });
        expect(unresolved).toEqual([]);
        const validator = createValidator(committed);
        for (const name of Object.keys(committed.components.schemas)) expect(() => validator.schema(name, {})).not.toThrow();
    });

    it('names, for every write it does not refuse, the permission of src/domain/permissions.ts it checks', () => {
        for (const [path, ops] of Object.entries(committed.paths as Record<string, Record<string, any>>)) {
            for (const [method, op] of Object.entries(ops)) {
                if (method === 'get' || op['x-refused'] || op.security?.length === 0 || path.startsWith('/auth/')) continue;
                const perm = op['x-permission'];
                expect(perm, `${method} ${path}`).toBeDefined();
                expect(PERMISSIONS[perm.resource]?.[perm.action], `${method} ${path} -> ${perm.resource}.${perm.action}`).toEqual(perm.roles);
            }
        }
    });

    it('describes lists with sort/range/filter, the Range header and the Content-Range response header', () => {
        const list = committed.paths['/merchants'].get;
        expect(list.parameters.map((p: { $ref: string }) => p.$ref.split('/').pop())).toEqual(['sort', 'range', 'filter', 'RangeHeader']);
        expect(list.responses['200'].headers['Content-Range']).toBeDefined();
        expect(committed.components.parameters.RangeHeader).toMatchObject({ name: 'Range', in: 'header' });
        expect(committed.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
        expect(committed.components.parameters.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header' });
    });

    it('R-DEP-12 R-PRV-2 documents ledger-entry and audit-log edits and deletes as refused with 405', () => {
        for (const path of ['/ledger-entries/{id}', '/audit-log/{id}']) {
            for (const method of ['put', 'delete']) {
                expect(committed.paths[path][method]['x-refused'], `${method} ${path}`).toBe(true);
                expect(Object.keys(committed.paths[path][method].responses)).toContain('405');
            }
        }
        expect(committed.paths['/audit-log'].post['x-refused']).toBe(true);
    });
});
