// Builds openapi/openapi.json from the mock's route table (mock/routes.ts: method, path,
// summary) and the schema registry (openapi/schemas.ts). Which generic writes a resource
// refuses (405) is found by asking the mock itself, in memory, so the document cannot drift
// from what the reference server does.
//
//   npm run openapi            regenerate openapi/openapi.json
//   npm run openapi -- --check exit 1 if the committed file is stale or an operation lacks a schema
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERMISSIONS, ROLES, rolesFor, type Role } from '../src/domain';
import { buildMockApi } from '../mock/api';
import { MemoryPersistence } from '../mock/core/persistence';
import type { Route } from '../mock/core/router';
import { routes as mockRoutes } from '../mock/routes';
import { operations, ref, resourceSchemas, schemas, type JsonSchema, type OperationSpec } from './schemas';

// Under vitest's jsdom environment import.meta.url is not a file URL: fall back to the repo root.
const here = import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : resolve('openapi');
export const DOCUMENT_PATH = join(here, 'openapi.json');

/** "/merchants/:id/decisions" -> "/merchants/{id}/decisions" */
export const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');
export const operationKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${toOpenApiPath(route.path)}`;

const PROBE_ID = '__openapi-probe__';

/**
 * Which write routes the mock refuses outright (405) and why: each write is sent in memory by a
 * supervisor with an empty body to a record id that does not exist. A refusal by method comes
 * before any lookup, so only unconditional refusals answer 405.
 */
export const probeRefusals = async (routes: Route[] = mockRoutes): Promise<Map<string, string>> => {
    const api = buildMockApi(new MemoryPersistence(), 'small');
    await api.ready;
    const login = async () => {
        const r = await api.handle(
            new Request('http://probe/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'chen.jing', password: 'demo' }) }),
        );
        return ((await r.json()) as { token: string }).token;
    };
    const refused = new Map<string, string>();
    for (const route of routes) {
        if (!route.write || route.public || route.path.startsWith('/auth/')) continue;
        const token = await login();
        const path = route.path.replace(/:([A-Za-z]+)/g, PROBE_ID);
        const response = await api.handle(
            new Request(`http://probe/api${path}`, {
                method: route.method,
                headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
                body: route.method === 'DELETE' ? undefined : '{}',
            }),
        );
        if (response.status === 405) refused.set(operationKey(route), ((await response.json()) as { message: string }).message);
    }
    return refused;
};

type Kind = 'list' | 'one' | 'create' | 'update' | 'delete' | 'action' | 'other';

const classify = (route: Route): { kind: Kind; resource: string; action?: string } => {
    const segments = route.path.split('/').filter(Boolean);
    const resource = segments[0];
    const isParam = (s: string | undefined) => !!s && s.startsWith(':');
    if (route.method === 'GET' && segments.length === 1 && resourceSchemas[resource]) return { kind: 'list', resource };
    if (route.method === 'GET' && segments.length === 2 && isParam(segments[1])) return { kind: 'one', resource };
    if (route.method === 'POST' && segments.length === 1) return { kind: 'create', resource, action: 'create' };
    if (route.method === 'PUT' && segments.length === 2 && isParam(segments[1])) return { kind: 'update', resource, action: 'edit' };
    if (route.method === 'DELETE' && segments.length === 2 && isParam(segments[1])) return { kind: 'delete', resource, action: 'delete' };
    if (route.method === 'POST' && segments.length === 3 && isParam(segments[1])) return { kind: 'action', resource, action: segments[2] };
    return { kind: 'other', resource };
};

const STATUS_TEXT: Record<number, string> = {
    400: 'Malformed request: bad JSON, or a malformed sort/range/filter parameter (`errors` names it)',
    401: 'No valid session: sign in and send `Authorization: Bearer <token>`',
    403: "The caller's role may not do this (the message names the roles that may), or a rule refuses it (`rule`)",
    404: 'No record with that id',
    405: 'This method is refused on this resource (the message says why and how to do it instead)',
    409: 'The record is not in a state that allows this (`rule` names the rule)',
    422: 'Invalid input: `errors` maps each field to a message shown beside it; nothing was saved',
};

const SUCCESS_TEXT: Record<string, string> = {
    '200': 'OK',
    '201': 'Created',
    '202': 'Accepted: waiting for a second person to approve (R-DEP-13)',
};

const jsonContent = (schema: JsonSchema) => ({ 'application/json': { schema } });

const errorResponse = (status: number) => ({ $ref: `#/components/responses/Error${status}` });
const errorComponents = () =>
    Object.fromEntries(
        Object.entries(STATUS_TEXT).map(([status, description]) => [
            `Error${status}`,
            { description, content: jsonContent(status === '422' ? ref('ValidationErrorBody') : ref('ErrorBody')) },
        ]),
    );

export interface BuildResult {
    document: Record<string, unknown>;
    /** Operations that still need facts in openapi/schemas.ts. */
    problems: string[];
    /** Entries of openapi/schemas.ts operations that match no route here. */
    unused: string[];
    /** Routes registered twice in mock/routes.ts (the second is never served). */
    duplicates: string[];
}

const roleList = (roles: Role[]) => (roles.length ? roles.join(', ') : 'nobody');

export const buildDocument = (routes: Route[], refused: Map<string, string>): BuildResult => {
    const problems: string[] = [];
    const paths: Record<string, Record<string, unknown>> = {};
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const route of routes) {
        const key = operationKey(route);
        // The router serves the first of two routes with the same method and path.
        if (seen.has(key)) {
            duplicates.push(key);
            continue;
        }
        seen.add(key);
        const oapiPath = toOpenApiPath(route.path);
        const spec: OperationSpec = operations[key] ?? {};
        const { kind, resource, action } = classify(route);
        const recordName = resourceSchemas[resource];
        const pathParams = [...route.path.matchAll(/:([A-Za-z]+)/g)].map(m => m[1]);
        const operation: Record<string, unknown> = {
            operationId: `${route.method.toLowerCase()}${oapiPath.replace(/\{([^}]+)\}/g, 'By-$1').split(/[/-]/).filter(Boolean).map(s => s[0].toUpperCase() + s.slice(1)).join('')}`,
            summary: route.summary,
            tags: [resource],
        };
        if (route.public) operation.security = [];
        const parameters: unknown[] = pathParams.map(name => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
        const responses: Record<string, unknown> = {};
        const description: string[] = [];
        const refusal = refused.get(key);
        if (spec.description && !refusal) description.push(spec.description);

        if (refusal) {
            description.push(`Always refused with 405: ${refusal}`);
            operation['x-refused'] = true;
            responses['405'] = errorResponse(405);
            responses['401'] = errorResponse(401);
        } else {
            // Permission: the operation's own entry, else resource + action from the route shape.
            let permission: [string, string] | null | undefined = spec.permission;
            if (permission === undefined) {
                if (kind === 'list') permission = [resource, 'list'];
                else if (kind === 'one') permission = [resource, 'show'];
                else if (action && PERMISSIONS[resource]?.[action]) permission = [resource, action];
                else problems.push(`${key}: no permission — add "permission" in openapi/schemas.ts operations`);
            }
            if (permission) {
                const roles = rolesFor(permission[0], permission[1]);
                operation['x-permission'] = { resource: permission[0], action: permission[1], roles };
                description.push(`Allowed roles: ${roleList(roles)} (src/domain/permissions.ts \`${permission[0]}.${permission[1]}\`).`);
            }
            const listOf = spec.listOf ?? (kind === 'list' ? resource : undefined);
            const listSchema = listOf ? resourceSchemas[listOf] : undefined;
            if (listOf) {
                if (!listSchema) problems.push(`${key}: lists "${listOf}" but resourceSchemas has no record schema for it`);
                parameters.push(...['sort', 'range', 'filter', 'RangeHeader'].map(name => ({ $ref: `#/components/parameters/${name}` })));
                operation['x-list-of'] = listOf;
                responses['200'] = {
                    description: `A page of ${listOf}. \`Content-Range: ${listOf} start-end/total\` (\`${listOf} */0\` when empty) gives the total for paging.`,
                    headers: { 'Content-Range': { $ref: '#/components/headers/ContentRange' } },
                    content: jsonContent({ type: 'array', items: ref(listSchema ?? 'ErrorBody') }),
                };
            } else if (spec.responses) {
                for (const [status, schema] of Object.entries(spec.responses)) {
                    responses[status] =
                        schema === 'binary'
                            ? { description: 'The file bytes with their stored content type', content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } }
                            : { description: SUCCESS_TEXT[status] ?? 'Success', content: jsonContent(schema) };
                }
            } else if (recordName && kind !== 'other') {
                const status = kind === 'create' ? '201' : '200';
                responses[status] = { description: kind === 'delete' ? 'The deleted record' : `The ${kind === 'one' ? '' : 'resulting '}record`, content: jsonContent(ref(recordName)) };
            } else problems.push(`${key}: no response schema — add "responses" in openapi/schemas.ts operations`);

            if (route.write) {
                let body = spec.requestBody;
                if (body === undefined && (kind === 'create' || kind === 'update') && recordName) {
                    const inputName = `${recordName}${kind === 'create' ? 'Create' : 'Update'}`;
                    if (schemas[inputName]) body = ref(inputName);
                    else if (schemas[`${recordName}Input`]) body = ref(`${recordName}Input`);
                }
                if (body === 'multipart-file') {
                    operation.requestBody = {
                        required: true,
                        content: {
                            'multipart/form-data': {
                                schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: ['file'] },
                                encoding: { file: { contentType: 'image/jpeg, image/png, image/webp, application/pdf' } },
                            },
                        },
                    };
                } else if (body) operation.requestBody = { required: true, content: jsonContent(body) };
                else if (!operations[key]) problems.push(`${key}: no request body schema — add "requestBody" (or an entry without one if it takes no body) in openapi/schemas.ts operations`);
                if (!route.path.startsWith('/auth/') && route.method === 'POST') {
                    parameters.push({ $ref: `#/components/parameters/${spec.idempotencyKeyRequired ? 'IdempotencyKeyRequired' : 'IdempotencyKey'}` });
                }
            }
            const defaultErrors = route.write ? [400, ...(pathParams.length ? [404] : []), 409, 422] : listOf ? [400] : pathParams.length ? [404] : [];
            const errors = new Set(spec.errors ?? defaultErrors);
            if (!route.public) errors.add(401);
            if (permission && rolesFor(permission[0], permission[1]).length < ROLES.length) errors.add(403);
            for (const status of [...errors].sort()) responses[String(status)] = errorResponse(status);
            if (spec.example) operation['x-example'] = spec.example;
        }
        if (description.length) operation.description = description.join('\n\n');
        if (parameters.length) operation.parameters = parameters;
        operation.responses = responses;
        (paths[oapiPath] ??= {})[route.method.toLowerCase()] = operation;
    }
    // Entries for routes this build does not serve (a capability not merged yet) are left out of
    // the document; a misspelt key still shows, as the real route's missing facts above.
    const unused = Object.keys(operations).filter(key => !routes.some(r => operationKey(r) === key));

    const methodOrder = ['get', 'post', 'put', 'patch', 'delete'];
    const sortedPaths = Object.fromEntries(
        Object.keys(paths)
            .sort()
            .map(p => [p, Object.fromEntries(Object.entries(paths[p]).sort(([a], [b]) => methodOrder.indexOf(a) - methodOrder.indexOf(b)))]),
    );

    const document = {
        openapi: '3.1.0',
        jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
        info: {
            title: 'Tradeward back-office API',
            version: '1.0.0',
            description: [
                'The API the Tradeward console calls. Generated by `npm run openapi` from the reference server (mock/routes.ts) and openapi/schemas.ts — do not edit by hand.',
                '',
                '**Lists** speak ra-data-simple-rest: `GET /<resource>?sort=["field","ASC"]&range=[0,24]&filter={"status":"active"}`; the answer is a JSON array and `Content-Range: <resource> 0-24/<total>` (CORS must expose it). Filters: exact match, arrays (any of), `q` (full-text), `<field>_gte`, `<field>_lte`, `<field>_q` (contains), dotted paths for nested fields. A malformed `sort`/`range`/`filter` is a 400 naming the parameter.',
                '',
                '**Writes** are all-or-nothing: a refused write changes nothing. Errors are `{message, errors?, rule?}`; 422 carries `errors` (field → message). Roles are enforced by the server (403 naming the roles that may); each operation lists them under `x-permission`.',
                '',
                '**Money** is integer minor units with a currency, never a float. **Ledger entries** are never edited or deleted (405); corrections are reversal entries. Postings carry an `Idempotency-Key`: a retry with the same key returns the first result and posts nothing new.',
                '',
                'Check a server against this document with the contract suite: `npm run test:contract -- --base-url <url>`.',
            ].join('\n'),
        },
        servers: [{ url: 'http://127.0.0.1:8787/api', description: 'The reference server: npm run api' }],
        security: [{ bearer: [] }],
        tags: [...new Set(routes.map(r => r.path.split('/').filter(Boolean)[0]))].sort().map(name => ({ name })),
        paths: sortedPaths,
        components: {
            securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /auth/login' } },
            parameters: {
                sort: { name: 'sort', in: 'query', description: '["field","ASC"|"DESC"]', content: { 'application/json': { schema: { type: 'array', prefixItems: [{ type: 'string' }, { enum: ['ASC', 'DESC'] }], minItems: 2, maxItems: 2 } } } },
                range: {
                    name: 'range',
                    in: 'query',
                    description: '[start,end], zero-based and inclusive, at most 10,000 rows',
                    content: { 'application/json': { schema: { type: 'array', prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }], minItems: 2, maxItems: 2 } } },
                },
                filter: { name: 'filter', in: 'query', description: 'A JSON object of filters (see the introduction)', content: { 'application/json': { schema: { type: 'object' } } } },
                RangeHeader: {
                    name: 'Range',
                    in: 'header',
                    required: false,
                    description: 'Sent by ra-data-simple-rest alongside `range`, e.g. `merchants=0-24`. The `range` query parameter is authoritative.',
                    schema: { type: 'string', pattern: '^[a-z-]+=\\d+-\\d+$' },
                },
                IdempotencyKey: {
                    name: 'Idempotency-Key',
                    in: 'header',
                    required: false,
                    description: 'A client-chosen unique key per intended action; a retry with the same key must not act twice.',
                    schema: { type: 'string', minLength: 8, maxLength: 200 },
                },
                IdempotencyKeyRequired: {
                    name: 'Idempotency-Key',
                    in: 'header',
                    required: true,
                    description: 'Required (R-DEP-12). The same key sent again — even concurrently — returns the first result and posts exactly one entry.',
                    schema: { type: 'string', minLength: 8, maxLength: 200 },
                },
            },
            responses: errorComponents(),
            headers: {
                ContentRange: { description: '`<resource> <start>-<end>/<total>`, or `<resource> */0` when empty', schema: { type: 'string', pattern: '^[a-z-]+ (\\d+-\\d+|\\*)/\\d+$' } },
            },
            schemas,
        },
    };
    return { document, problems, unused, duplicates };
};

export const serialise = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

export const build = async (routes: Route[] = mockRoutes) => buildDocument(routes, await probeRefusals(routes));

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
    const { document, problems, unused, duplicates } = await build();
    for (const d of duplicates) console.log(`openapi: ${d} is registered twice in mock/routes.ts; the router serves the first, the document describes it.`);
    const text = serialise(document);
    for (const p of problems) console.error(`openapi: ${p}`);
    if (unused.length) console.log(`openapi: ${unused.length} entries of openapi/schemas.ts describe routes not served here (not merged yet?): ${unused.join(', ')}`);
    if (process.argv.includes('--check')) {
        let committed = '';
        try {
            committed = readFileSync(DOCUMENT_PATH, 'utf8');
        } catch {
            /* missing counts as stale */
        }
        if (committed !== text) {
            console.error('openapi/openapi.json is stale: run `npm run openapi` and commit the result.');
            process.exit(1);
        }
        if (problems.length) process.exit(1);
        console.log('openapi/openapi.json is up to date.');
    } else {
        writeFileSync(DOCUMENT_PATH, text);
        console.log(`Wrote ${DOCUMENT_PATH}: ${Object.keys(document.paths as object).length} paths${problems.length ? `, ${problems.length} operations need facts in openapi/schemas.ts (listed above)` : ''}.`);
    }
}
