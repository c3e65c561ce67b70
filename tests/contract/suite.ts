// The contract suite: checks ANY server that claims to implement openapi/openapi.json, over
// HTTP only. It signs in with the demo accounts, then checks the list dialect, error shapes,
// the 403 matrix (src/domain/permissions.ts × every documented write), 405 refusals, the
// ledger's idempotency and invariants, four eyes, and upload type checks. A check that cannot
// run (an endpoint missing, no data to try it on) is a failure with the reason, never a crash.
//
// It writes: ledger entries (a top-up, a deduction, a reversal, approval requests) and files.
// Run it against a test environment, never against production data.
import { rolesFor, ROLES, type Role } from '../../src/domain';
import { createValidator, type OpenApiDocument } from '../../openapi/validator';

export type AccountKey = 'compliance' | 'customer_service' | 'finance' | 'finance2' | 'supervisor';

export const DEFAULT_ACCOUNTS: Record<AccountKey, string> = {
    compliance: 'li.na',
    customer_service: 'wang.fang',
    finance: 'zhang.wei',
    finance2: 'liu.yang',
    supervisor: 'chen.jing',
};

/** Which account speaks for each role in the 403 matrix. */
const ROLE_ACCOUNT: Record<Role, AccountKey> = { compliance: 'compliance', customer_service: 'customer_service', finance: 'finance', supervisor: 'supervisor' };

export interface ContractOptions {
    /** The API root, e.g. http://127.0.0.1:8787/api (paths of the document are appended). */
    baseUrl: string;
    document: OpenApiDocument;
    accounts?: Partial<Record<AccountKey, string>>;
    password?: string;
    /** Run only checks whose name contains one of these. */
    only?: string[];
    /** Skip checks whose name contains one of these. */
    skip?: string[];
    /** Concurrent retries in the idempotency check. */
    retries?: number;
    fetch?: (input: string, init?: RequestInit) => Promise<Response>;
    log?: (line: string) => void;
}

export interface CheckResult {
    name: string;
    ok: boolean;
    detail?: string;
}

class CheckFailed extends Error {}
const fail = (message: string): never => {
    throw new CheckFailed(message);
};
const expect = (condition: unknown, message: string) => {
    if (!condition) fail(message);
};

interface Reply {
    status: number;
    headers: Headers;
    body: any;
    bytes: Uint8Array;
}

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const PNG_1X1 = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
    c => c.charCodeAt(0),
);

export const runContract = async (options: ContractOptions) => {
    const base = options.baseUrl.replace(/\/$/, '');
    const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
    const accounts = { ...DEFAULT_ACCOUNTS, ...options.accounts };
    const password = options.password ?? 'demo';
    const log = options.log ?? (() => undefined);
    const validator = createValidator(options.document);
    const results: CheckResult[] = [];
    const tokens = new Map<AccountKey, string>();
    const runId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    let keyCounter = 0;
    const newKey = (label: string) => `contract-${label}-${runId}-${++keyCounter}`;

    const operations = Object.entries(options.document.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op: op as Record<string, any> })),
    );

    const call = async (
        method: string,
        path: string,
        init: { as?: AccountKey | null; body?: unknown; headers?: Record<string, string>; form?: FormData; token?: string } = {},
    ): Promise<Reply> => {
        const headers: Record<string, string> = { ...(init.headers ?? {}) };
        const token = init.token ?? (init.as ? await tokenOf(init.as) : undefined);
        if (token) headers.Authorization = `Bearer ${token}`;
        let body: BodyInit | undefined;
        if (init.form) body = init.form;
        else if (init.body !== undefined) {
            headers['Content-Type'] = 'application/json';
            body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
        }
        let response: Response;
        try {
            response = await doFetch(`${base}${path}`, { method, headers, body });
        } catch (error) {
            return fail(`${method} ${path}: no answer (${(error as Error).message})`);
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        let parsed: unknown = undefined;
        if ((response.headers.get('Content-Type') ?? '').includes('json') && bytes.length) {
            try {
                parsed = JSON.parse(new TextDecoder().decode(bytes));
            } catch {
                parsed = undefined;
            }
        }
        return { status: response.status, headers: response.headers, body: parsed, bytes };
    };

    const tokenOf = async (account: AccountKey): Promise<string> => {
        const cached = tokens.get(account);
        if (cached) return cached;
        const r = await call('POST', '/auth/login', { body: { username: accounts[account], password } });
        if (r.status !== 200 || typeof r.body?.token !== 'string') fail(`cannot sign in as ${accounts[account]}: ${r.status} ${r.body?.message ?? ''}`);
        tokens.set(account, r.body.token);
        return r.body.token;
    };

    const describe = (r: Reply) => `${r.status}${r.body?.message ? ` "${String(r.body.message).slice(0, 160)}"` : ''}`;
    const expectStatus = (r: Reply, wanted: number | number[], what: string) => {
        const list = Array.isArray(wanted) ? wanted : [wanted];
        expect(list.includes(r.status), `${what}: expected ${list.join(' or ')}, got ${describe(r)}`);
    };
    const expectErrorShape = (r: Reply, what: string) => {
        const problem = validator.schema(r.status === 422 ? 'ValidationErrorBody' : 'ErrorBody', r.body);
        expect(problem === null, `${what}: error body ${JSON.stringify(r.body)?.slice(0, 200)} does not match {message, errors?, rule?}: ${problem}`);
    };
    const expectDocumented = (path: string, method: string, r: Reply, what: string) => {
        const problem = validator.response(path, method, r.status, r.body);
        expect(problem === null, `${what}: the answer does not match the document: ${problem}`);
    };

    const check = async (name: string, fn: () => Promise<void>) => {
        if (options.only?.length && !options.only.some(o => name.includes(o))) return;
        if (options.skip?.some(s => name.includes(s))) return;
        try {
            await fn();
            results.push({ name, ok: true });
            log(`  ok    ${name}`);
        } catch (error) {
            const detail = error instanceof CheckFailed ? error.message : `crashed: ${(error as Error)?.stack ?? error}`;
            results.push({ name, ok: false, detail });
            log(`  FAIL  ${name}\n        ${detail.replace(/\n/g, '\n        ')}`);
        }
    };

    /** The first record of a resource, for paths with {id}. */
    const firstIds = new Map<string, string | null>();
    const firstId = async (resource: string): Promise<string | null> => {
        if (!firstIds.has(resource)) {
            const r = await call('GET', `/${resource}?range=${q([0, 0])}`, { as: 'supervisor' }).catch(() => null);
            firstIds.set(resource, r && r.status === 200 && Array.isArray(r.body) && r.body[0]?.id ? String(r.body[0].id) : null);
        }
        return firstIds.get(resource)!;
    };
    const fillPath = async (path: string, fallback = 'contract-probe') => {
        const resource = path.split('/')[1];
        const id = path.includes('{') ? ((await firstId(resource)) ?? fallback) : fallback;
        return path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
    };

    // ---------------------------------------------------------------- sign-in
    log('Sign-in and sessions');
    for (const key of Object.keys(DEFAULT_ACCOUNTS) as AccountKey[]) {
        const role: Role = key === 'finance2' ? 'finance' : (key as Role);
        await check(`auth: ${accounts[key]} signs in as ${role}`, async () => {
            const r = await call('POST', '/auth/login', { body: { username: accounts[key], password } });
            expectStatus(r, 200, 'POST /auth/login');
            expectDocumented('/auth/login', 'POST', r, 'POST /auth/login');
            expect(r.body.operator?.role === role, `operator.role is ${r.body.operator?.role}, expected ${role}`);
            tokens.set(key, r.body.token);
        });
    }
    await check('auth: a wrong password is 401, empty fields are 422 naming each field', async () => {
        const wrong = await call('POST', '/auth/login', { body: { username: accounts.compliance, password: `${password}-wrong` } });
        expectStatus(wrong, 401, 'wrong password');
        expectErrorShape(wrong, 'wrong password');
        const empty = await call('POST', '/auth/login', { body: { username: '', password: '' } });
        expectStatus(empty, 422, 'empty sign-in');
        expectErrorShape(empty, 'empty sign-in');
        expect(empty.body.errors?.username && empty.body.errors?.password, `errors must name username and password: ${JSON.stringify(empty.body.errors)}`);
    });
    await check('auth: every documented non-public operation answers 401 without a token, and with an unknown token', async () => {
        const wrong: string[] = [];
        for (const { path, method, op } of operations) {
            if (op.security && op.security.length === 0) continue;
            const url = path.replace(/\{[^}]+\}/g, 'contract-probe');
            const body = method === 'GET' || method === 'DELETE' ? undefined : {};
            const anonymous = await call(method, url, { body });
            if (anonymous.status !== 401 || validator.schema('ErrorBody', anonymous.body)) wrong.push(`${method} ${path} without token → ${describe(anonymous)}`);
            const stale = await call(method, url, { body, token: 'not-a-session-token' });
            if (stale.status !== 401) wrong.push(`${method} ${path} with an unknown token → ${describe(stale)}`);
        }
        expect(wrong.length === 0, wrong.join('\n'));
    });

    // ---------------------------------------------------------------- lists
    log('List dialect (sort, range, filter, Content-Range)');
    for (const { path, op } of operations.filter(o => o.method === 'GET' && o.op['x-list-of'])) {
        const resource = op['x-list-of'] as string;
        await check(`list: GET ${path} pages with range and answers Content-Range; malformed sort/range/filter are 400`, async () => {
            const r = await call('GET', `${path}?range=${q([0, 2])}`, { as: 'supervisor', headers: { Range: `${resource}=0-2` } });
            expectStatus(r, 200, `GET ${path}`);
            expect(Array.isArray(r.body), `GET ${path} must answer a JSON array`);
            expect(r.body.length <= 3, `range [0,2] answered ${r.body.length} rows`);
            const contentRange = r.headers.get('Content-Range') ?? '';
            const m = /^([a-z-]+) (?:(\d+)-(\d+)|\*)\/(\d+)$/.exec(contentRange);
            expect(m, `Content-Range "${contentRange}" is not "<resource> start-end/total"`);
            expect(m![1] === resource, `Content-Range names "${m![1]}", expected "${resource}"`);
            const total = Number(m![4]);
            if (r.body.length === 0) expect(total === 0 || !m![2], `an empty page with total ${total}`);
            else expect(Number(m![2]) === 0 && Number(m![3]) === r.body.length - 1 && total >= r.body.length, `Content-Range "${contentRange}" does not match ${r.body.length} rows from 0`);
            expectDocumented(path, 'GET', r, `GET ${path}`);
            for (const [param, value] of [
                ['sort', 'not-json'],
                ['sort', JSON.stringify(['id', 'SIDEWAYS'])],
                ['range', JSON.stringify([5, 1])],
                ['range', 'x'],
                ['filter', JSON.stringify([1, 2])],
            ]) {
                const bad = await call('GET', `${path}?${param}=${encodeURIComponent(value)}`, { as: 'supervisor' });
                expectStatus(bad, 400, `GET ${path}?${param}=${value}`);
                expectErrorShape(bad, `GET ${path}?${param}=${value}`);
                expect(bad.body.errors?.[param], `the 400 for ${param}=${value} must name "${param}" in errors: ${JSON.stringify(bad.body)}`);
            }
        });
    }
    await check('list: GET /merchants sorts both ways, filters by id list (getMany), exact field, q and _gte', async () => {
        const asc = await call('GET', `/merchants?sort=${q(['id', 'ASC'])}&range=${q([0, 9])}`, { as: 'compliance' });
        const desc = await call('GET', `/merchants?sort=${q(['id', 'DESC'])}&range=${q([0, 9])}`, { as: 'compliance' });
        expectStatus(asc, 200, 'sorted list');
        expect(asc.body.length >= 3, 'needs at least 3 merchants');
        const ids = asc.body.map((m: { id: string }) => m.id);
        expect(ids.every((id: string, i: number) => i === 0 || ids[i - 1].localeCompare(id, 'en') <= 0), `ASC order broken: ${ids.join(', ')}`);
        const dids = desc.body.map((m: { id: string }) => m.id);
        expect(dids.every((id: string, i: number) => i === 0 || dids[i - 1].localeCompare(id, 'en') >= 0), `DESC order broken: ${dids.join(', ')}`);
        const total = Number((asc.headers.get('Content-Range') ?? '').split('/')[1]);
        const many = await call('GET', `/merchants?filter=${q({ id: [ids[0], ids[2]] })}`, { as: 'compliance' });
        expect(
            many.body?.length === 2 && many.body.map((m: { id: string }) => m.id).sort().join() === [ids[0], ids[2]].sort().join(),
            `filter {id:[a,b]} answered ${JSON.stringify(many.body?.map((m: { id: string }) => m.id))}`,
        );
        expect(many.headers.get('Content-Range') === 'merchants 0-1/2', `Content-Range for 2 matches is "${many.headers.get('Content-Range')}"`);
        const status = asc.body[0].status;
        const byStatus = await call('GET', `/merchants?filter=${q({ status })}&range=${q([0, 49])}`, { as: 'compliance' });
        expect(byStatus.body.length > 0 && byStatus.body.every((m: { status: string }) => m.status === status), `filter {status:"${status}"} returned other statuses`);
        const word = String(asc.body[0].nameEn).split(/\s+/)[0];
        const search = await call('GET', `/merchants?filter=${q({ q: word })}&range=${q([0, 49])}`, { as: 'compliance' });
        expect(search.body.some((m: { id: string }) => m.id === ids[0]), `q "${word}" does not find ${ids[0]}`);
        const since = asc.body[0].registeredAt;
        const gte = await call('GET', `/merchants?filter=${q({ registeredAt_gte: since })}&range=${q([0, 9999])}`, { as: 'compliance' });
        expect(gte.body.every((m: { registeredAt: string }) => m.registeredAt >= since), 'registeredAt_gte let earlier records through');
        expect(Number((gte.headers.get('Content-Range') ?? '').split('/')[1]) <= total, '_gte total exceeds the unfiltered total');
    });
    await check('read: GET one record validates against the document; an unknown id is 404', async () => {
        const wrong: string[] = [];
        for (const { path } of operations.filter(o => o.method === 'GET' && /^\/[a-z-]+\/\{id\}$/.test(o.path))) {
            const resource = path.split('/')[1];
            const id = await firstId(resource);
            if (id) {
                const r = await call('GET', path.replace('{id}', encodeURIComponent(id)), { as: 'supervisor' });
                const problem = r.status === 200 ? validator.response(path, 'GET', 200, r.body) : `status ${describe(r)}`;
                if (problem) wrong.push(`GET ${path} (${id}): ${problem}`);
            }
            const missing = await call('GET', path.replace('{id}', 'contract-no-such-id'), { as: 'supervisor' });
            if (missing.status !== 404 || validator.schema('ErrorBody', missing.body)) wrong.push(`GET ${path} unknown id → ${describe(missing)}`);
        }
        expect(wrong.length === 0, wrong.join('\n'));
    });

    // ---------------------------------------------------------------- 405
    log('Refused methods (405)');
    const mustRefuse = ['PUT /ledger-entries/{id}', 'DELETE /ledger-entries/{id}', 'POST /audit-log', 'PUT /audit-log/{id}', 'DELETE /audit-log/{id}'];
    const refusedOps = operations.filter(o => o.op['x-refused']).map(o => `${o.method} ${o.path}`);
    for (const key of [...new Set([...mustRefuse, ...refusedOps])]) {
        const [method, path] = key.split(' ');
        const rule = path.startsWith('/ledger-entries') ? 'R-DEP-12 ' : path.startsWith('/audit-log') ? 'R-PRV-2 ' : '';
        await check(`405: ${rule}${key} is refused`, async () => {
            const r = await call(method, await fillPath(path), { as: 'supervisor', body: method === 'DELETE' ? undefined : { note: 'contract' } });
            expectStatus(r, 405, key);
            expectErrorShape(r, key);
        });
    }

    // ---------------------------------------------------------------- 403 matrix
    log('Roles: 403 for every role the permission table forbids, on every documented write');
    for (const { path, method, op } of operations) {
        const perm = op['x-permission'] as { resource: string; action: string } | undefined;
        if (method === 'GET' || !perm || op['x-refused']) continue;
        const allowed = rolesFor(perm.resource, perm.action);
        const forbidden = ROLES.filter(r => !allowed.includes(r));
        if (forbidden.length === 0) continue;
        await check(`403: ${method} ${path} refuses ${forbidden.join(', ')} (${perm.resource}.${perm.action})`, async () => {
            const url = await fillPath(path);
            const wrong: string[] = [];
            for (const role of forbidden) {
                const r = await call(method, url, {
                    as: ROLE_ACCOUNT[role],
                    body: method === 'DELETE' ? undefined : {},
                    headers: { 'Idempotency-Key': newKey('forbidden') },
                });
                if (r.status !== 403) wrong.push(`${role}: ${describe(r)}`);
                else if (validator.schema('ErrorBody', r.body)) wrong.push(`${role}: 403 body is not {message}`);
            }
            expect(wrong.length === 0, `${method} ${url} — ${wrong.join('; ')}`);
        });
    }

    type Account = { id: string; balance: number; owed: number; currency: string; status: string };
    let accountCache: Account | null = null;
    async function someAccount(): Promise<Account> {
        if (accountCache) return accountCache;
        const r = await call('GET', `/deposit-accounts?filter=${q({ status: 'open' })}&sort=${q(['id', 'ASC'])}&range=${q([0, 49])}`, { as: 'finance' });
        expectStatus(r, 200, 'GET /deposit-accounts');
        const found = (r.body as Account[]).find(a => a.status === 'open' && typeof a.balance === 'number' && a.balance > 0 && (a.owed ?? 0) === 0);
        if (!found) fail('no open deposit account with a positive balance and nothing owed to test with');
        accountCache = found!;
        return found!;
    }
    const accountNow = async (id: string): Promise<Account> => {
        const r = await call('GET', `/deposit-accounts/${encodeURIComponent(id)}`, { as: 'finance' });
        expectStatus(r, 200, `GET /deposit-accounts/${id}`);
        return r.body;
    };
    const entriesOf = async (accountId: string) => {
        const r = await call('GET', `/ledger-entries?filter=${q({ accountId })}&sort=${q(['postedAt', 'ASC'])}`, { as: 'finance' });
        expectStatus(r, 200, 'GET /ledger-entries');
        return r.body as Array<{ id: string; direction: string; amount: number; owedAmount: number; owedSettled?: number; balanceAfter?: number; idempotencyKey: string; type: string }>;
    };

    // ---------------------------------------------------------------- validation shapes
    log('Validation errors (422 with errors per field)');
    await check('422: an invalid settings value is refused field by field and nothing is saved', async () => {
        const before = await call('GET', '/settings/platform', { as: 'supervisor' });
        expectStatus(before, 200, 'GET /settings/platform');
        const r = await call('PUT', '/settings/platform', { as: 'supervisor', body: { topUpDays: -5, refundPayoutDays: before.body.refundPayoutDays + 1 } });
        expectStatus(r, 422, 'PUT /settings/platform {topUpDays:-5}');
        expectErrorShape(r, 'PUT /settings/platform');
        expect(r.body.errors?.topUpDays, `errors must name topUpDays: ${JSON.stringify(r.body.errors)}`);
        const after = await call('GET', '/settings/platform', { as: 'supervisor' });
        expect(after.body.refundPayoutDays === before.body.refundPayoutDays, 'the valid part of a refused change was saved');
    });
    await check('422: R-DEP-14 a ledger posting with a fractional amount, an unknown type and no note names each field', async () => {
        const account = await someAccount();
        const r = await call('POST', '/ledger-entries', {
            as: 'finance',
            headers: { 'Idempotency-Key': newKey('invalid') },
            body: { accountId: account.id, type: 'gift', amount: 10.5, note: '' },
        });
        expectStatus(r, 422, 'POST /ledger-entries (invalid)');
        expectErrorShape(r, 'POST /ledger-entries');
        for (const field of ['type', 'amount']) expect(r.body.errors?.[field], `errors must name "${field}": ${JSON.stringify(r.body.errors)}`);
    });

    /** The JSON request schema of an operation, with $refs to components resolved one level. */
    const requestSchema = (op: Record<string, any>): Record<string, any> | null => {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema) return null;
        if (schema.$ref) return (options.document.components.schemas as Record<string, any>)[String(schema.$ref).split('/').pop()!] ?? null;
        return schema;
    };
    const ACCOUNT_FOR_ROLE: Record<Role, AccountKey> = ROLE_ACCOUNT;
    for (const { path, method, op } of operations) {
        const required: string[] = requestSchema(op)?.required ?? [];
        const perm = op['x-permission'] as { resource: string; action: string } | undefined;
        // Nested ids (/a/{id}/b/{bId}) cannot be found generically: those are left to their own tests.
        if (method === 'GET' || op['x-refused'] || !perm || required.length === 0 || (path.match(/\{/g) ?? []).length > 1) continue;
        const role = rolesFor(perm.resource, perm.action)[0];
        if (!role) continue;
        await check(`422: ${method} ${path} refuses an empty body, naming the missing fields (${required.join(', ')})`, async () => {
            const url = await fillPath(path);
            const r = await call(method, url, { as: ACCOUNT_FOR_ROLE[role], body: {}, headers: { 'Idempotency-Key': newKey('empty') } });
            // A record whose state forbids the action may answer 409 first; anything else is wrong.
            expectStatus(r, [422, 409], `${method} ${url} with {} as ${role}`);
            expectErrorShape(r, `${method} ${url}`);
            if (r.status === 422) expect(required.some(f => r.body.errors?.[f]), `errors ${JSON.stringify(r.body.errors)} name none of ${required.join(', ')}`);
        });
    }

    // ---------------------------------------------------------------- ledger
    log('Deposit ledger (R-DEP-12, R-DEP-13)');
    await check('ledger: R-DEP-12 a posting without Idempotency-Key is refused and posts nothing', async () => {
        const account = await someAccount();
        const before = (await entriesOf(account.id)).length;
        const r = await call('POST', '/ledger-entries', { as: 'finance', body: { accountId: account.id, type: 'top_up', amount: 100, note: 'contract: no key' } });
        expectStatus(r, [400, 422, 428], 'POST /ledger-entries without Idempotency-Key');
        expectErrorShape(r, 'POST /ledger-entries without Idempotency-Key');
        expect((await entriesOf(account.id)).length === before, 'an entry was posted without an Idempotency-Key');
    });

    const retries = options.retries ?? 8;
    await check(`ledger: R-DEP-12 the same Idempotency-Key sent ${retries} times concurrently posts exactly one entry`, async () => {
        const account = await someAccount();
        const key = newKey('idem');
        const before = await accountNow(account.id);
        const replies = await Promise.all(
            Array.from({ length: retries }, () =>
                call('POST', '/ledger-entries', { as: 'finance', headers: { 'Idempotency-Key': key }, body: { accountId: account.id, type: 'top_up', amount: 12_345, note: 'contract: idempotent top-up' } }),
            ),
        );
        const statuses = replies.map(r => r.status);
        expect(statuses.every(s => s === 200 || s === 201), `statuses ${statuses.join(', ')} (each retry must answer 201 or 200 with the first result): ${describe(replies.find(r => r.status >= 300) ?? replies[0])}`);
        expect(statuses.filter(s => s === 201).length === 1, `exactly one 201 expected, got ${statuses.join(', ')}`);
        const ids = new Set(replies.map(r => r.body?.id));
        expect(ids.size === 1, `retries answered different entries: ${[...ids].join(', ')}`);
        for (const r of replies) expectDocumented('/ledger-entries', 'POST', r, 'POST /ledger-entries');
        const listed = await call('GET', `/ledger-entries?filter=${q({ idempotencyKey: key })}`, { as: 'finance' });
        expect(listed.body?.length === 1, `${listed.body?.length} entries carry the key ${key}`);
        const after = await accountNow(account.id);
        expect(after.balance === before.balance + 12_345, `balance moved from ${before.balance} to ${after.balance}, expected +12345 once`);
    });

    const checkInvariants = async (accountId: string) => {
        const account = await accountNow(accountId);
        const entries = await entriesOf(accountId);
        let balance = 0;
        let owed = 0;
        for (const e of entries) {
            const settled = e.owedSettled ?? 0;
            balance += e.direction === 'credit' ? e.amount - settled : -(e.amount - e.owedAmount);
            owed += e.direction === 'credit' ? -settled : e.owedAmount;
            expect(Number.isInteger(e.amount) && e.amount > 0, `entry ${e.id} amount ${e.amount} is not a positive integer of minor units`);
            expect(balance >= 0, `balance goes negative (${balance}) at entry ${e.id}`);
            if (e.balanceAfter !== undefined) expect(e.balanceAfter === balance, `entry ${e.id} balanceAfter ${e.balanceAfter}, but the entries sum to ${balance}`);
        }
        expect(account.balance === balance, `account ${accountId} balance ${account.balance} ≠ sum of its ${entries.length} entries ${balance}`);
        expect(account.balance >= 0, `account ${accountId} balance is negative`);
        expect((account.owed ?? 0) === owed, `account ${accountId} owed ${account.owed} ≠ sum of owed parts ${owed}`);
        return account;
    };

    await check('ledger: R-DEP-12 balance = sum of entries, never negative, on every listed account', async () => {
        const r = await call('GET', `/deposit-accounts?sort=${q(['id', 'ASC'])}&range=${q([0, 19])}`, { as: 'finance' });
        expectStatus(r, 200, 'GET /deposit-accounts');
        expect(r.body.length > 0, 'no deposit accounts to check');
        for (const a of r.body as Account[]) await checkInvariants(a.id);
    });

    /** Posts a deduction; when four eyes applies (202) the second finance officer approves it. */
    const deduct = async (accountId: string, amount: number, note: string) => {
        const r = await call('POST', '/ledger-entries', {
            as: 'finance',
            headers: { 'Idempotency-Key': newKey('deduct') },
            body: { accountId, type: 'deduction', amount, ground: 'platform_loss', note },
        });
        if (r.status === 201) return r.body;
        expectStatus(r, [201, 202], 'POST /ledger-entries (deduction)');
        const approvalId = r.body?.approval?.id ?? r.body?.id;
        const approved = await call('POST', `/approvals/${encodeURIComponent(approvalId)}/approve`, { as: 'finance2', body: { note: 'contract: second pair of eyes' } });
        expectStatus(approved, 200, `POST /approvals/${approvalId}/approve by another finance officer`);
        const entryId = approved.body?.entryId;
        expect(entryId, `the approved request names no entryId: ${JSON.stringify(approved.body)}`);
        const entry = await call('GET', `/ledger-entries/${encodeURIComponent(entryId)}`, { as: 'finance' });
        expectStatus(entry, 200, 'GET the approved entry');
        return entry.body;
    };

    await check('ledger: R-DEP-12 a deduction beyond the balance takes it to zero and the rest becomes owed; a reversal restores it', async () => {
        const account = await someAccount();
        const before = await checkInvariants(account.id);
        const beyond = 2_500;
        const entry = await deduct(account.id, before.balance + beyond, 'contract: deduction beyond the balance');
        expect(entry.owedAmount === beyond, `owedAmount ${entry.owedAmount}, expected ${beyond}`);
        const after = await checkInvariants(account.id);
        expect(after.balance === 0, `balance after the deduction is ${after.balance}, expected 0`);
        expect(after.owed === (before.owed ?? 0) + beyond, `owed is ${after.owed}, expected ${(before.owed ?? 0) + beyond}`);
        const reversal = await call('POST', `/ledger-entries/${encodeURIComponent(entry.id)}/reverse`, {
            as: 'finance',
            headers: { 'Idempotency-Key': newKey('reverse') },
            body: { note: 'contract: undo the test deduction' },
        });
        expectStatus(reversal, 201, 'POST /ledger-entries/:id/reverse');
        expectDocumented('/ledger-entries/{id}/reverse', 'POST', reversal, 'reverse');
        expect(reversal.body.reversesEntryId === entry.id && reversal.body.type === 'reversal', `the reversal does not link the entry: ${JSON.stringify(reversal.body)}`);
        const restored = await checkInvariants(account.id);
        expect(restored.balance === before.balance && restored.owed === (before.owed ?? 0), `after the reversal balance ${restored.balance}/owed ${restored.owed}, expected ${before.balance}/${before.owed ?? 0}`);
        const again = await call('POST', `/ledger-entries/${encodeURIComponent(entry.id)}/reverse`, { as: 'finance', headers: { 'Idempotency-Key': newKey('reverse') }, body: { note: 'twice' } });
        expectStatus(again, 409, 'reversing the same entry twice');
    });

    await check('four eyes: R-DEP-13 the requester cannot approve their own refund (or large deduction) request — 403; another finance officer can', async () => {
        const eligible = await call('GET', `/deposit-accounts?filter=${q({ refundEligible: true })}&range=${q([0, 0])}`, { as: 'finance' });
        let request: Reply;
        if (eligible.status === 200 && eligible.body?.[0]) {
            const account = eligible.body[0] as Account;
            request = await call('POST', '/ledger-entries', { as: 'finance', headers: { 'Idempotency-Key': newKey('refund') }, body: { accountId: account.id, type: 'refund', amount: account.balance, note: 'contract: refund request' } });
        } else {
            const account = await someAccount();
            const current = await accountNow(account.id);
            request = await call('POST', '/ledger-entries', {
                as: 'finance',
                headers: { 'Idempotency-Key': newKey('large') },
                body: { accountId: account.id, type: 'deduction', amount: Math.max(current.balance, 1) + 10_000_000, ground: 'platform_loss', note: 'contract: large deduction request' },
            });
        }
        expectStatus(request, 202, 'a request that needs a second person');
        expectDocumented('/ledger-entries', 'POST', request, 'POST /ledger-entries (202)');
        const approvalId = request.body?.approval?.id ?? request.body?.id;
        const own = await call('POST', `/approvals/${encodeURIComponent(approvalId)}/approve`, { as: 'finance', body: { note: 'my own' } });
        expectStatus(own, 403, 'the requester approving their own request');
        expectErrorShape(own, 'self-approval');
        const still = await call('GET', `/approvals/${encodeURIComponent(approvalId)}`, { as: 'finance' });
        expect(still.body?.status === 'pending', `after the refused self-approval the request is "${still.body?.status}"`);
        const rejected = await call('POST', `/approvals/${encodeURIComponent(approvalId)}/reject`, { as: 'finance2', body: { note: 'contract: clean up the test request' } });
        expectStatus(rejected, 200, 'another finance officer rejecting it');
        expect(rejected.body?.status === 'rejected', `status after reject: ${rejected.body?.status}`);
    });

    // ---------------------------------------------------------------- files
    log('Uploads (type from content, never from the name)');
    const upload = (bytes: Uint8Array, name: string, type: string) => {
        const form = new FormData();
        form.append('file', new Blob([bytes as BlobPart], { type }), name);
        return call('POST', '/files', { as: 'customer_service', form });
    };
    await check('files: a PNG named .pdf is stored and served as image/png', async () => {
        const r = await upload(PNG_1X1, 'contract-scan.pdf', 'application/pdf');
        expectStatus(r, 201, 'POST /files (PNG named .pdf)');
        expectDocumented('/files', 'POST', r, 'POST /files');
        expect(r.body.contentType === 'image/png', `stored as ${r.body.contentType}`);
        expect(r.body.size === PNG_1X1.length, `size ${r.body.size}, expected ${PNG_1X1.length}`);
        const got = await call('GET', `/files/${encodeURIComponent(r.body.id)}`, { as: 'customer_service' });
        expectStatus(got, 200, 'GET /files/:id');
        expect((got.headers.get('Content-Type') ?? '').startsWith('image/png'), `served as ${got.headers.get('Content-Type')}`);
        expect(got.headers.get('X-Content-Type-Options') === 'nosniff', 'X-Content-Type-Options: nosniff missing');
        expect(got.bytes.length === PNG_1X1.length && got.bytes.every((b, i) => b === PNG_1X1[i]), 'the downloaded bytes differ from the upload');
    });
    await check('files: HTML named .jpg is refused with 422 errors.file', async () => {
        const r = await upload(new TextEncoder().encode('<!doctype html><html><script>alert(1)</script></html>'), 'photo.jpg', 'image/jpeg');
        expectStatus(r, 422, 'POST /files (HTML named .jpg)');
        expectErrorShape(r, 'POST /files');
        expect(r.body.errors?.file, `errors.file missing: ${JSON.stringify(r.body)}`);
    });
    await check('files: an empty file is refused with 422 errors.file', async () => {
        const r = await upload(new Uint8Array(0), 'empty.png', 'image/png');
        expectStatus(r, 422, 'POST /files (empty)');
        expectErrorShape(r, 'POST /files');
        expect(r.body.errors?.file, `errors.file missing: ${JSON.stringify(r.body)}`);
    });

    const passed = results.filter(r => r.ok).length;
    return { results, passed, failed: results.length - passed };
};
