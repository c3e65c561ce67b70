// Issue 8: the seed hands the ledger index (entries by account, reversals) to the ledger service
// ready-made instead of the first list query grouping 100,000 entries again. The index must be
// exactly the one the service builds from the ledger itself: balances (R-DEP-1) and the one
// reversal per entry (R-DEP-12) are read from it.
import { describe, expect, it } from 'vitest';
import { Ctx } from '../../mock/core/context';
import { Database } from '../../mock/core/db';
import { SEED_VERSION, seedDatabase } from '../../mock/seed';
import { ledgerIndex, primeLedgerIndex } from '../../mock/services/ledger';
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
