// Issue 8: the seed hands the ledger index (entries by account, reversals) to the ledger service
// ready-made instead of the first list query grouping 100,000 entries again. The index must be
// exactly the one the service builds from the ledger itself: balances (R-DEP-1) and the one
// reversal per entry (R-DEP-12) are read from it.
import { describe, expect, it } from 'vitest';
import { Ctx } from '../../mock/core/context';
import { Database } from '../../mock/core/db';
import { SEED_VERSION, seedDatabase } from '../../mock/seed';
import { SeededLedger, type SeedDraft } from '../../mock/seed/seededLedger';
import { committedEntriesOf, ledgerIndex, primeLedgerIndex } from '../../mock/services/ledger';
import type { LedgerEntry } from '../../src/domain';

const newDb = () => new Database({ clockOffsetMs: 0, seedSize: 'default', seedVersion: SEED_VERSION, counters: {} });
const ctxOf = (db: Database) => new Ctx(db, new Request('http://mock/test'), new URL('http://mock/test'), null, undefined, new Map());

/** The index as plain ids: account -> entry ids in ledger order, and reversed entry -> reversal. */
const idsOf = (index: ReturnType<typeof ledgerIndex>) => ({
    byAccount: Object.fromEntries([...index.byAccount].map(([account, entries]) => [account, entries.map(e => e.id)]).sort()),
    reversedBy: Object.fromEntries([...index.reversedBy].map(([id, e]) => [id, e.id]).sort()),
});

describe('the ledger index the seed primes', () => {
    it('R-DEP-1 R-DEP-12 is the index the ledger service builds from the same entries, reversals included', () => {
        const seeded = newDb();
        seedDatabase(seeded);
        const primed = idsOf(ledgerIndex(ctxOf(seeded)));

        const plain = newDb();
        plain.load('ledger-entries', seeded.all<LedgerEntry>('ledger-entries'));
        const built = idsOf(ledgerIndex(ctxOf(plain)));

        expect(Object.keys(primed.byAccount).length).toBeGreaterThan(10);
        expect(Object.keys(primed.reversedBy).length).toBeGreaterThan(0);
        expect(primed).toEqual(built);
    });

    it('R-DEP-12 an account’s entries read from the seed before the ledger is made whole are the ledger’s own: same ids, same order, the same objects', () => {
        const db = newDb();
        seedDatabase(db);
        const ctx = ctxOf(db);
        const accounts = db.all<{ id: string }>('deposit-accounts');
        const early = new Map(accounts.map(a => [a.id, committedEntriesOf(ctx, a.id)]));
        expect(db.isDeferred('ledger-entries')).toBe(true);

        const plain = newDb();
        plain.load('ledger-entries', db.all<LedgerEntry>('ledger-entries'));
        const built = ledgerIndex(ctxOf(plain)).byAccount;
        expect([...early.values()].filter(l => l.length > 1).length).toBeGreaterThan(100);
        for (const a of accounts) {
            const list = early.get(a.id)!;
            expect(list.map(e => e.id)).toEqual((built.get(a.id) ?? []).map(e => e.id));
            list.forEach((e, i) => expect(e).toBe(built.get(a.id)![i]));
        }
    });

    it('the seed’s columns give an entry back as the ledger holds it, and refuse drafts they could not', () => {
        const account = { id: 'DA-000001', merchantId: 'm-1', currency: 'CNY' as const };
        const deposit: SeedDraft = { index: 0, type: 'deposit', direction: 'credit', amount: 100, ground: null, reverses: -1, approvalId: null, owedAmount: 0, owedSettled: 0, postedBy: 'op-finance-a', note: 'n' };
        const reversal: SeedDraft = { ...deposit, index: 1, type: 'reversal', direction: 'debit', reverses: 0, note: 'wrong account' };
        const ms = [Date.parse('2026-01-01T00:00:00.000Z'), Date.parse('2026-01-02T08:30:00.000Z')];
        const ledgerOf = (drafts: SeedDraft[], ranks: number[]) => new SeededLedger([account], [{ drafts, postedMs: ms, ranks: Int32Array.from(ranks) }]);
        const common = { accountId: 'DA-000001', merchantId: 'm-1', currency: 'CNY', amount: 100, ground: null, complaintId: null, penaltyId: null, approvalId: null, owedAmount: 0, owedSettled: 0, postedBy: 'op-finance-a' };
        expect(ledgerOf([deposit, reversal], [0, 1]).entriesOfAccount('DA-000001')).toEqual([
            { id: 'LE-000001', ...common, type: 'deposit', direction: 'credit', reversesEntryId: null, postedAt: '2026-01-01T00:00:00.000Z', note: 'n', idempotencyKey: 'seed:LE-000001' },
            { id: 'LE-000002', ...common, type: 'reversal', direction: 'debit', reversesEntryId: 'LE-000001', postedAt: '2026-01-02T08:30:00.000Z', note: 'wrong account', idempotencyKey: 'seed:LE-000002' },
        ]);
        expect(() => ledgerOf([deposit, reversal], [0, 2])).toThrow(/is not a free rank/);
        expect(() => ledgerOf([deposit, reversal], [1, 1])).toThrow(/is not a free rank/);
        expect(() => ledgerOf([deposit, { ...reversal, reverses: 1 }], [0, 1])).toThrow(/reverses a later draft/);
        expect(() => ledgerOf([reversal, deposit], [0, 1])).toThrow(/given as its draft 0/);
    });

    it('puts an account’s entries in ledger order, and refuses entries that are not the ledger’s', () => {
        const db = newDb();
        const entry = (id: string, accountId: string) => ({ id, accountId, reversesEntryId: null }) as unknown as LedgerEntry;
        const entries = [entry('LE-000001', 'DA-1'), entry('LE-000002', 'DA-2'), entry('LE-000003', 'DA-1')];
        db.load('ledger-entries', entries);
        primeLedgerIndex(db, [
            { accountId: 'DA-1', entries: [entries[2], entries[0]] },
            { accountId: 'DA-2', entries: [entries[1]] },
        ]);
        expect(idsOf(ledgerIndex(ctxOf(db))).byAccount).toEqual({ 'DA-1': ['LE-000001', 'LE-000003'], 'DA-2': ['LE-000002'] });
        expect(() => primeLedgerIndex(db, [{ accountId: 'DA-1', entries: [entries[0]] }])).toThrow(/1 entries given, 3 in the ledger/);
    });
});
