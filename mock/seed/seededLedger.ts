// The seed's ledger kept column-wise until something needs it whole (issue 8). The merchant
// list and a merchant's page read a few accounts' entries; holding 100,000 entry objects for
// that cost the mock's worker about 19 MB of heap. Each account's entries are made when first
// asked for and then kept, so an entry is always the same object: in its account's list, in
// all(), and once all() has run, in the `ledger-entries` collection.
import type { DepositAccount, LedgerEntry } from '../../src/domain';
import type { LedgerFact } from '../services/ledger';
import { isoInstant } from './context';

const NONE = 0xff;

/** A column of a few distinct strings (types, operators, notes), one byte per entry; null is NONE. */
class CodeColumn {
    private readonly codes: Uint8Array;
    private readonly table: string[] = [];
    private readonly lookup = new Map<string, number>();
    constructor(size: number) {
        this.codes = new Uint8Array(size);
    }
    set(i: number, value: string | null) {
        if (value === null) {
            this.codes[i] = NONE;
            return;
        }
        let code = this.lookup.get(value);
        if (code === undefined) {
            code = this.table.length;
            if (code >= NONE) throw new Error(`seeded ledger: more than ${NONE} distinct values in a column`);
            this.table.push(value);
            this.lookup.set(value, code);
        }
        this.codes[i] = code;
    }
    get(i: number): string | null {
        const code = this.codes[i];
        return code === NONE ? null : this.table[code];
    }
}

/**
 * A whole number read back from a Float64Array as V8's small integer, as the seed stored it: read
 * as a double it would be boxed in every entry that holds it (12 bytes per field and entry).
 */
const whole = (x: number): number => ((x | 0) === x ? x | 0 : x);

/** The id of the entry of this rank in ledger order: rank 0 is LE-000001. */
export const ledgerEntryId = (rank: number) => `LE-${String(rank + 1).padStart(6, '0')}`;

/**
 * An entry as the seed posts it to an account: what is not the account's own (its id, merchant,
 * currency) or made from the rank (id, idempotency key) or the instant (postedAt).
 */
export interface SeedDraft extends Pick<LedgerEntry, 'type' | 'direction' | 'amount' | 'ground' | 'approvalId' | 'owedAmount' | 'owedSettled' | 'postedBy' | 'note'> {
    /** Its index among its account's drafts. */
    index: number;
    /** The index of the draft of the same account it reverses (R-DEP-12), -1 when none. */
    reverses: number;
}

/** One account's entries as the seed generated them: its drafts, when each was posted, and each one's rank in the whole ledger. */
export interface SeededAccountDrafts {
    drafts: readonly SeedDraft[];
    postedMs: readonly number[];
    ranks: Int32Array;
}

export class SeededLedger {
    readonly size: number;
    private readonly accounts: ReadonlyArray<Pick<DepositAccount, 'id' | 'merchantId' | 'currency'>>;
    private readonly accountIndex = new Map<string, number>();
    private readonly account: Int32Array;
    private readonly amount: Float64Array;
    private readonly owedAmount: Float64Array;
    private readonly owedSettled: Float64Array;
    private readonly postedMs: Float64Array;
    /** Index of the reversed entry, -1 when none. */
    private readonly reverses: Int32Array;
    private readonly type: CodeColumn;
    private readonly direction: CodeColumn;
    private readonly ground: CodeColumn;
    private readonly postedBy: CodeColumn;
    private readonly note: CodeColumn;
    /** The few entries that carry an approval (R-DEP-13), by index. */
    private readonly approvalIds = new Map<number, string>();
    /** Entry indexes grouped by account, each group in ledger order: account k owns members[starts[k]..starts[k+1]). */
    private readonly starts: Int32Array;
    private readonly members: Int32Array;
    private readonly made = new Map<number, LedgerEntry>();
    private readonly lists = new Map<number, LedgerEntry[]>();
    /** Account indexes by merchant, made on first use. */
    private merchantAccounts: Map<string, number[]> | null = null;

    /**
     * `byAccount[k]`: the drafts of `accounts[k]` in the order it posted them, each with the rank
     * that gives its id. The ids and idempotency keys are made from the ranks, the instants from
     * `postedMs`; a rank that is not a free one of the ledger throws.
     */
    constructor(accounts: ReadonlyArray<Pick<DepositAccount, 'id' | 'merchantId' | 'currency'>>, byAccount: readonly SeededAccountDrafts[]) {
        const n = (this.size = byAccount.reduce((sum, a) => sum + a.drafts.length, 0));
        this.accounts = accounts.map(a => ({ id: a.id, merchantId: a.merchantId, currency: a.currency }));
        this.accounts.forEach((a, k) => this.accountIndex.set(a.id, k));
        this.account = new Int32Array(n).fill(-1);
        this.amount = new Float64Array(n);
        this.owedAmount = new Float64Array(n);
        this.owedSettled = new Float64Array(n);
        this.postedMs = new Float64Array(n);
        this.reverses = new Int32Array(n);
        this.type = new CodeColumn(n);
        this.direction = new CodeColumn(n);
        this.ground = new CodeColumn(n);
        this.postedBy = new CodeColumn(n);
        this.note = new CodeColumn(n);
        this.starts = new Int32Array(accounts.length + 1);
        this.members = new Int32Array(n);
        let member = 0;
        byAccount.forEach(({ drafts, postedMs, ranks }, k) => {
            const a = this.accounts[k];
            this.starts[k] = member;
            drafts.forEach((e, j) => {
                const i = ranks[j];
                if (!(i >= 0 && i < n) || this.account[i] !== -1) throw new Error(`seeded ledger: rank ${i} of ${a.id} is not a free rank of ${n}`);
                if (e.index !== j) throw new Error(`seeded ledger: draft ${e.index} of ${a.id} given as its draft ${j}`);
                if (e.reverses >= j) throw new Error(`seeded ledger: draft ${j} of ${a.id} reverses a later draft, ${e.reverses}`);
                this.account[i] = k;
                this.members[member++] = i;
                this.amount[i] = e.amount;
                this.owedAmount[i] = e.owedAmount;
                this.owedSettled[i] = e.owedSettled;
                this.postedMs[i] = Math.trunc(postedMs[j]);
                this.reverses[i] = e.reverses < 0 ? -1 : ranks[e.reverses];
                this.type.set(i, e.type);
                this.direction.set(i, e.direction);
                this.ground.set(i, e.ground);
                this.postedBy.set(i, e.postedBy);
                this.note.set(i, e.note);
                if (e.approvalId !== null) this.approvalIds.set(i, e.approvalId);
            });
            // Ledger order within the account (its drafts are in time order already, as a rule).
            this.members.subarray(this.starts[k], member).sort();
        });
        this.starts[accounts.length] = member;
        if (byAccount.length !== accounts.length || member !== n) throw new Error('seeded ledger: one list of drafts per account');
    }

    /** Entry i as the seed made it: the same keys in the same order, equal values. */
    private build(i: number): LedgerEntry {
        const a = this.accounts[this.account[i]];
        const id = ledgerEntryId(i);
        const reverses = this.reverses[i];
        return {
            id,
            accountId: a.id,
            merchantId: a.merchantId,
            type: this.type.get(i) as LedgerEntry['type'],
            direction: this.direction.get(i) as LedgerEntry['direction'],
            amount: whole(this.amount[i]),
            currency: a.currency,
            ground: this.ground.get(i) as LedgerEntry['ground'],
            complaintId: null,
            penaltyId: null,
            reversesEntryId: reverses < 0 ? null : ledgerEntryId(reverses),
            approvalId: this.approvalIds.get(i) ?? null,
            owedAmount: whole(this.owedAmount[i]),
            owedSettled: whole(this.owedSettled[i]),
            postedBy: this.postedBy.get(i)!,
            postedAt: isoInstant(this.postedMs[i]),
            note: this.note.get(i)!,
            idempotencyKey: `seed:${id}`,
        };
    }

    private entry(i: number): LedgerEntry {
        let e = this.made.get(i);
        if (!e) this.made.set(i, (e = this.build(i)));
        return e;
    }

    /** An account's entries in ledger order (undefined: not a seeded account), kept once made. */
    entriesOfAccount(accountId: string): LedgerEntry[] | undefined {
        const k = this.accountIndex.get(accountId);
        if (k === undefined) return undefined;
        let list = this.lists.get(k);
        if (!list) {
            list = [];
            for (let m = this.starts[k]; m < this.starts[k + 1]; m++) list.push(this.entry(this.members[m]));
            this.lists.set(k, list);
        }
        return list;
    }

    /** The ranks of a merchant's entries, all its accounts together, in ledger order (empty: none). */
    ranksOfMerchant(merchantId: string): number[] {
        if (!this.merchantAccounts) {
            this.merchantAccounts = new Map();
            this.accounts.forEach((a, k) => {
                const list = this.merchantAccounts!.get(a.merchantId);
                if (list) list.push(k);
                else this.merchantAccounts!.set(a.merchantId, [k]);
            });
        }
        const ranks: number[] = [];
        for (const k of this.merchantAccounts.get(merchantId) ?? []) for (let m = this.starts[k]; m < this.starts[k + 1]; m++) ranks.push(this.members[m]);
        return ranks.sort((a, b) => a - b);
    }

    /** The type of the entry of this rank, without making it. */
    typeAt(rank: number): LedgerEntry['type'] {
        return this.type.get(rank) as LedgerEntry['type'];
    }

    /** The entry of this rank, without keeping it if it is not made yet (a read, not a record to hold). */
    peek(rank: number): LedgerEntry {
        return this.made.get(rank) ?? this.build(rank);
    }

    /** Every account's entries, as primeLedgerIndex takes them. */
    byAccount(): Array<{ accountId: string; entries: LedgerEntry[] }> {
        return this.accounts.map(a => ({ accountId: a.id, entries: this.entriesOfAccount(a.id)! }));
    }

    /** Every entry in ledger order, kept. */
    all(): LedgerEntry[] {
        return Array.from({ length: this.size }, (_, i) => this.entry(i));
    }

    /**
     * Reads what every entry says about money, in ledger order, without making entries: one
     * object, overwritten for each entry (a sum, not records to keep; the dashboard).
     */
    forEachFact(read: (fact: LedgerFact) => void) {
        const fact: LedgerFact = { type: 'deposit', direction: 'credit', amount: 0, currency: 'CNY', at: 0 };
        for (let i = 0; i < this.size; i++) {
            fact.type = this.type.get(i) as LedgerEntry['type'];
            fact.direction = this.direction.get(i) as LedgerEntry['direction'];
            fact.amount = whole(this.amount[i]);
            fact.currency = this.accounts[this.account[i]].currency;
            fact.at = this.postedMs[i];
            read(fact);
        }
    }

    /** Reads every entry in ledger order without keeping the ones not made yet (the deferred notices). */
    forEach(read: (entry: LedgerEntry) => void) {
        for (let i = 0; i < this.size; i++) read(this.peek(i));
    }
}
