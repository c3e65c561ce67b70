// Property test of the ledger invariants (issue 4, point 8; R-DEP-12, R-DEP-13, R-DEP-14): thousands
// of random operations through the API, including retries with repeated Idempotency-Keys and
// interleaved concurrent requests for the same account. After each operation every touched
// account's balance equals the sum of its entries and is never negative, and no key posted twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../../mock/seed/random';
import { balanceEffect, byLedgerOrder, owedEffect, type Approval, type LedgerEntry } from '../../src/domain';
import { buildMockApi } from '../../mock/api';
import type { UserKey } from '../support/api';

// Its own API instance (same routes, seed and transaction core) with no persistence, so the
// test measures the ledger, not the overlay copy that the in-memory store makes on every write.
const api = buildMockApi({ load: async () => null, save: async () => undefined, clear: async () => undefined }, 'small');
const USERS: Record<UserKey, string> = { compliance: 'li.na', service: 'wang.fang', financeA: 'zhang.wei', financeB: 'liu.yang', supervisor: 'chen.jing' };
const tokens = new Map<UserKey, string>();

const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const response = await api.handle(
        new Request(`http://localhost/api${path}`, {
            method,
            headers: { 'Content-Type': 'application/json', ...headers },
            body: body === undefined ? undefined : JSON.stringify(body),
        }),
    );
    return { status: response.status, body: await response.json() };
};

const token = async (user: UserKey) => {
    if (!tokens.has(user)) tokens.set(user, (await call('POST', '/auth/login', {}, { username: USERS[user], password: 'demo' })).body.token);
    return tokens.get(user)!;
};

/** Straight into the mock API's Request -> Response handler (the one msw and the browser serve). */
const request = async (method: string, path: string, options: { as: UserKey; body?: unknown; headers?: Record<string, string> }) =>
    call(method, path, { Authorization: `Bearer ${await token(options.as)}`, ...(options.headers ?? {}) }, options.body);

const list = (resource: string, query: { sort?: [string, 'ASC' | 'DESC']; range?: [number, number]; filter?: Record<string, unknown> }) => {
    const params = new URLSearchParams();
    if (query.sort) params.set('sort', JSON.stringify(query.sort));
    if (query.range) params.set('range', JSON.stringify(query.range));
    if (query.filter) params.set('filter', JSON.stringify(query.filter));
    return request('GET', `/${resource}?${params}`, { as: 'supervisor' });
};

type Req = { path: string; body: Record<string, unknown>; key: string; as: UserKey };

describe('ledger invariants under random operations', () => {
    beforeAll(() => api.ready);

    it('R-DEP-12 every balance equals the sum of its entries, never negative, and no Idempotency-Key posts twice', async () => {
        const rnd = new Random(20261120);
        const healthy = (await list('deposit-accounts', { filter: { status: 'open', merchantStatus: 'active' }, sort: ['id', 'ASC'], range: [0, 4] })).body;
        const refundable = (await list('deposit-accounts', { filter: { refundEligible: true }, range: [0, 1] })).body;
        const accounts: Array<{ id: string; currency: string }> = [...healthy, ...refundable];
        expect(accounts.length).toBeGreaterThanOrEqual(6);
        const sent: Req[] = [];
        const firstResult = new Map<string, string>();
        let keySeq = 0;
        const newKey = () => `prop-${++keySeq}`;
        const officers: UserKey[] = ['financeA', 'financeB', 'supervisor'];

        const randomPost = (accountId: string, currency: string): Req => {
            const type = rnd.weighted([
                ['deposit', 5],
                ['top_up', 25],
                ['deduction', 40],
                ['refund', 5],
                ['forfeiture', 3],
                ['transfer_to_guarantee', 4],
                ['bad', 6],
            ] as const);
            const unit = currency === 'CNY' ? 100 : 20;
            const amount = type === 'bad' ? rnd.pick([0, -100, 1.5, 'x', 1e15]) : rnd.int(1, type === 'deduction' ? 8_000 : 6_000) * unit;
            return {
                path: '/ledger-entries',
                as: rnd.pick(officers),
                key: newKey(),
                body: {
                    accountId,
                    type: type === 'bad' ? 'top_up' : type,
                    amount,
                    note: `random ${type}`,
                    ...(type === 'deduction' ? { ground: rnd.pick(['liquidated_damages', 'unpaid_compensation', 'platform_loss', 'other_rule']) } : {}),
                    ...(rnd.chance(0.03) ? { currency: currency === 'CNY' ? 'USD' : 'CNY' } : {}),
                },
            };
        };

        const entriesOf = (accountId: string) =>
            api.db
                .all<LedgerEntry>('ledger-entries')
                .filter(e => e.accountId === accountId)
                .sort(byLedgerOrder);

        const send = async (r: Req) => {
            const res = await request('POST', r.path, { as: r.as, body: r.body, headers: { 'Idempotency-Key': r.key } });
            expect([200, 201, 202, 403, 409, 422], JSON.stringify(res.body)).toContain(res.status);
            if (res.status < 300) {
                const id = res.body.id as string;
                const first = firstResult.get(r.key);
                if (first) expect(id, `key ${r.key} answered with a different record`).toBe(first);
                else firstResult.set(r.key, id);
            }
            return res;
        };

        const check = (accountId: string) => {
            const entries = entriesOf(accountId);
            let balance = 0;
            let owed = 0;
            for (const e of entries) {
                expect(Number.isSafeInteger(e.amount) && e.amount > 0).toBe(true);
                balance += balanceEffect(e);
                owed += owedEffect(e);
                expect(balance, `running balance after ${e.id}`).toBeGreaterThanOrEqual(0);
                expect(owed, `owed after ${e.id}`).toBeGreaterThanOrEqual(0);
            }
            const currencies = new Set(entries.map(e => e.currency));
            expect(currencies.size).toBeLessThanOrEqual(1);
            return { balance, owed };
        };

        const checkKeys = () => {
            const keys = new Map<string, string>();
            for (const e of api.db.all<LedgerEntry>('ledger-entries')) {
                expect(keys.has(e.idempotencyKey), `key ${e.idempotencyKey} posted twice`).toBe(false);
                keys.set(e.idempotencyKey, e.id);
            }
            for (const a of api.db.all<Approval>('approvals')) {
                expect(keys.has(a.idempotencyKey), `key ${a.idempotencyKey} used twice`).toBe(false);
                keys.set(a.idempotencyKey, a.id);
            }
            const reversed = new Set<string>();
            for (const e of api.db.all<LedgerEntry>('ledger-entries'))
                if (e.reversesEntryId) {
                    expect(reversed.has(e.reversesEntryId), `${e.reversesEntryId} reversed twice`).toBe(false);
                    reversed.add(e.reversesEntryId);
                }
        };

        let operations = 0;
        const TARGET = 2000;
        while (operations < TARGET) {
            const account = rnd.pick(accounts);
            const op = rnd.weighted([
                ['post', 50],
                ['retry', 12],
                ['reverse', 10],
                ['decide', 10],
                ['concurrent', 18],
            ] as const);
            if (op === 'post') {
                const r = randomPost(account.id, account.currency);
                sent.push(r);
                await send(r);
                operations++;
            } else if (op === 'retry' && sent.length) {
                await send(rnd.pick(sent.slice(-30)));
                operations++;
            } else if (op === 'reverse') {
                const candidates = entriesOf(account.id).slice(-8);
                if (!candidates.length) continue;
                const target = rnd.pick(candidates);
                const r: Req = { path: `/ledger-entries/${target.id}/reverse`, as: rnd.pick(officers), key: newKey(), body: { note: 'random reversal' } };
                sent.push(r);
                await send(r);
                operations++;
            } else if (op === 'decide') {
                const pending = api.db.all<Approval>('approvals').filter(a => a.status === 'pending' && a.accountId === account.id);
                if (!pending.length) continue;
                const a = rnd.pick(pending);
                const as = rnd.pick(officers);
                const res = await request('POST', `/approvals/${a.id}/${rnd.chance(0.7) ? 'approve' : 'reject'}`, { as, body: { note: 'random decision' } });
                expect([200, 403, 409, 422]).toContain(res.status);
                operations++;
            } else if (op === 'concurrent') {
                // Interleaved requests for the same account, some of them the same request sent twice at once.
                const batch: Req[] = [];
                const n = rnd.int(2, 5);
                for (let i = 0; i < n; i++) {
                    if (batch.length && rnd.chance(0.35)) batch.push(rnd.pick(batch));
                    else batch.push(randomPost(account.id, account.currency));
                }
                sent.push(...batch);
                await Promise.all(batch.map(send));
                operations += batch.length;
            }
            check(account.id);
            if (operations % 100 < 5) checkKeys();
        }
        checkKeys();
        // The API's derived balances agree with the sum of the entries.
        for (const a of accounts) {
            const { balance, owed } = check(a.id);
            const view = (await request('GET', `/deposit-accounts/${a.id}`, { as: 'financeA' })).body;
            expect(view.balance).toBe(balance);
            expect(view.owed).toBe(owed);
            const ledger = (await list('ledger-entries', { filter: { accountId: a.id }, sort: ['id', 'DESC'], range: [0, 0] })).body;
            if (ledger.length) expect(ledger[0].balanceAfter).toBe(balance);
        }
        expect(firstResult.size).toBeGreaterThan(500);
    }, 60_000);
});
