// The deposit ledger service (R-DEP-1 to R-DEP-14): the one place that posts ledger entries.
// Routes of this and other capabilities (complaints R-CMP-7, penalties R-DEP-10) call it; it
// validates, enforces the invariants, applies four eyes, audits and notifies. It does NOT check
// the caller's role: routes do (ctx.require).
//
// Speed: whole-collection indexes are built once per data version (ctx.cached). Entries posted
// inside the current request are kept per request, so a second posting in the same transaction
// sees the first one even though the cached index predates it.
import {
    addDays,
    chinaDate,
    deriveLedger,
    formatMoney,
    liquidatedDamages,
    MAX_ENTRY_MINOR,
    needsFourEyes,
    NO_DEPOSIT_REQUIRED,
    planPosting,
    planReversal,
    refundEligibility as refundEligibilityRule,
    requiredAmount,
    shortfallInfo,
    validatePosting,
    byLedgerOrder,
    type Approval,
    type Category,
    type Complaint,
    type Currency,
    type DeductionGround,
    type DepositAccount,
    type DerivedLedger,
    type IsoDate,
    type LedgerEntry,
    type Merchant,
    type Penalty,
    type PostableType,
    type RefundEligibility,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import type { Database } from '../core/db';
import { ApiError, conflict, invalid, notFound } from '../core/errors';
import { effectiveStatus } from './merchantStatus';

export { MAX_ENTRY_MINOR };

export interface LedgerRequest {
    merchantId: string;
    currency: Currency;
    type: 'deposit' | 'top_up' | 'deduction' | 'refund' | 'forfeiture' | 'transfer_to_guarantee';
    /** Positive integer minor units. */
    amount: number;
    /** Required for deductions (R-DEP-3). */
    ground?: DeductionGround | null;
    complaintId?: string | null;
    penaltyId?: string | null;
    note: string;
    idempotencyKey: string;
}

export type LedgerOutcome =
    | { kind: 'posted'; entry: LedgerEntry; replayed: boolean }
    | { kind: 'approval'; approval: Approval; replayed: boolean };

export const GROUND_TEXT: Record<DeductionGround, { en: string; zh: string }> = {
    liquidated_damages: { en: 'liquidated damages owed to the platform', zh: '应向平台支付的违约金' },
    unpaid_compensation: { en: 'refund or compensation owed to a buyer and not paid in reasonable time', zh: '未在合理期限内向买家支付的退款或赔偿' },
    platform_loss: { en: 'a loss caused to the platform (fines, infringement judgments, goodwill)', zh: '给平台造成的损失（罚款、侵权判决、商誉）' },
    other_rule: { en: 'another ground in the platform rules', zh: '平台规则规定的其他情形' },
};

const TYPE_TEXT: Record<string, { en: string; zh: string }> = {
    deposit: { en: 'deposit', zh: '缴纳' },
    top_up: { en: 'top-up', zh: '补缴' },
    deduction: { en: 'deduction', zh: '扣除' },
    refund: { en: 'refund', zh: '退还' },
    forfeiture: { en: 'forfeiture', zh: '没收' },
    transfer_to_guarantee: { en: 'transfer to the performance-guarantee deposit', zh: '转入履约保函保证金' },
    reversal: { en: 'reversal', zh: '冲正' },
};

const KEY_MAX = 200;

/** A new id that no record holds yet, even if the stored counters predate the seed's. */
export const freshId = (ctx: Ctx, resource: string, prefix: string): string => {
    let id = ctx.db.nextId(prefix);
    while (ctx.db.get(resource, id)) id = ctx.db.nextId(prefix);
    return id;
};

// ---------- per-request pending writes ----------

interface Pending {
    entries: LedgerEntry[];
    approvals: Approval[];
}
const pendingByCtx = new WeakMap<Ctx, Pending>();
const pending = (ctx: Ctx): Pending => {
    let p = pendingByCtx.get(ctx);
    if (!p) {
        p = { entries: [], approvals: [] };
        pendingByCtx.set(ctx, p);
    }
    return p;
};

// ---------- indexes (once per data version) ----------

interface LedgerIndex {
    byAccount: Map<string, LedgerEntry[]>;
    /**
     * idempotency key -> entry, built on the first lookup (entryByKey) and extended from then
     * on: the first list query after a start reads balances, not keys, and 100,000 keys cost it
     * about a tenth of a second (issue 8).
     */
    byKey: Map<string, LedgerEntry> | null;
    /** entry id -> the reversal that reverses it (R-DEP-12: at most one). */
    reversedBy: Map<string, LedgerEntry>;
}

/**
 * The ledger index is extended, not rebuilt, when the data version changes: entries are
 * append-only and new ones come last in the collection, so only the entries after the last
 * indexed one are added. If the collection no longer starts with what was indexed (a reset),
 * it is rebuilt. Entries posted in the running request are in `pending`, never in the index.
 */
const indexMemo = new WeakMap<object, { index: LedgerIndex; count: number; last: LedgerEntry | undefined; stamp: string }>();

const emptyIndex = (): LedgerIndex => ({ byAccount: new Map(), byKey: null, reversedBy: new Map() });

const addToIndex = (index: LedgerIndex, e: LedgerEntry) => {
    let list = index.byAccount.get(e.accountId);
    if (!list) index.byAccount.set(e.accountId, (list = []));
    if (list.length && byLedgerOrder(list[list.length - 1], e) > 0) {
        list.push(e);
        list.sort(byLedgerOrder);
    } else list.push(e);
    if (e.idempotencyKey && index.byKey) index.byKey.set(e.idempotencyKey, e);
    if (e.reversesEntryId) index.reversedBy.set(e.reversesEntryId, e);
};

/**
 * The index of a ledger the seed has just loaded, from its entries grouped by account (issue 8):
 * the seed generates every account's entries together, so grouping 100,000 entries again on the
 * first list query (about 0.1 s) is not needed. Each account's entries are put in ledger order
 * if they are not already. Extended by ledgerIndex like any other index when entries are added.
 */
export const primeLedgerIndex = (db: Database, accounts: ReadonlyArray<{ accountId: string; entries: LedgerEntry[] }>) => {
    const collection = db.collection('ledger-entries') as Map<string, LedgerEntry>;
    const index = emptyIndex();
    let count = 0;
    for (const { accountId, entries } of accounts) {
        if (!entries.length) continue;
        const list = [...entries];
        for (let i = 1; i < list.length; i++) {
            if (byLedgerOrder(list[i - 1], list[i]) > 0) {
                list.sort(byLedgerOrder);
                break;
            }
        }
        index.byAccount.set(accountId, list);
        for (const e of list) if (e.reversesEntryId) index.reversedBy.set(e.reversesEntryId, e);
        count += list.length;
    }
    if (count !== collection.size) throw new Error(`primeLedgerIndex: ${count} entries given, ${collection.size} in the ledger`);
    let last: LedgerEntry | undefined;
    for (const e of collection.values()) last = e;
    indexMemo.set(db, { index, count, last, stamp: db.stamp(['ledger-entries']) });
};

/** What an entry says about money, for sums: `at` is when it was posted, an ISO instant or epoch milliseconds. */
export interface LedgerFact extends Pick<LedgerEntry, 'type' | 'direction' | 'amount' | 'currency'> {
    at: string | number;
}

/** The seed's ledger while it is kept column-wise (mock/seed/seededLedger.ts): one account at a time. */
export interface SeededAccountEntries {
    entriesOfAccount(accountId: string): LedgerEntry[] | undefined;
    /** What every entry says about money, in ledger order, without making entries. */
    forEachFact(read: (fact: LedgerFact) => void): void;
}

/**
 * Issue 8: until the seed's ledger is made whole (the first read of the whole collection or any
 * write to it, Database.defer), an account's entries come from the seed (the part's `source`),
 * made for that account alone and kept, so the merchant list and a merchant's page do not make
 * 100,000 entries. Once it is made, the index holds the same entry objects.
 */
const seededFor = (ctx: Ctx) => ctx.db.seedSource<SeededAccountEntries>('ledger-entries');

/** An account's committed entries in ledger order (R-DEP-12), from the seed while the ledger is not made whole. */
export const committedEntriesOf = (ctx: Ctx, accountId: string): LedgerEntry[] => {
    const seeded = seededFor(ctx);
    if (seeded) return seeded.entriesOfAccount(accountId) ?? [];
    return ledgerIndex(ctx).byAccount.get(accountId) ?? [];
};

/**
 * Reads what every committed entry says about money, in ledger order (a sum, not records to keep:
 * the fact may be one object overwritten each time). While the ledger is not made whole, from
 * the seed's columns without making entries (issue 8: the dashboard's sums took about 53 ms in
 * Node that way, against 28 once the ledger is made).
 */
export const eachCommittedFact = (ctx: Ctx, read: (fact: LedgerFact) => void) => {
    const seeded = seededFor(ctx);
    if (seeded) return seeded.forEachFact(read);
    const fact: LedgerFact = { type: 'deposit', direction: 'credit', amount: 0, currency: 'CNY', at: '' };
    for (const e of ctx.db.collection('ledger-entries').values() as Iterable<LedgerEntry>) {
        fact.type = e.type;
        fact.direction = e.direction;
        fact.amount = e.amount;
        fact.currency = e.currency;
        fact.at = e.postedAt;
        read(fact);
    }
};

export const ledgerIndex = (ctx: Ctx): LedgerIndex => {
    const collection = ctx.db.collection('ledger-entries') as Map<string, LedgerEntry>;
    const memo = indexMemo.get(ctx.db);
    // Per version of the ledger: a write elsewhere (audit log, notices) does not even rescan it.
    const stamp = ctx.db.stamp(['ledger-entries']);
    if (memo && memo.stamp === stamp) return memo.index;
    let index = memo?.index;
    let count = memo?.count ?? 0;
    let last = memo?.last;
    let i = 0;
    let valid = !!memo && collection.size >= count;
    const fresh: LedgerEntry[] = [];
    if (valid) {
        for (const e of collection.values()) {
            if (i === count - 1 && e !== last) {
                valid = false;
                break;
            }
            if (i >= count) fresh.push(e);
            i++;
        }
    }
    if (!valid || !index) {
        index = emptyIndex();
        count = 0;
        fresh.length = 0;
        for (const e of collection.values()) fresh.push(e);
    } else {
        // Copy-on-extend: an index handed out earlier stays as it was.
        index = { byAccount: new Map(index.byAccount), byKey: index.byKey, reversedBy: index.reversedBy };
    }
    for (const e of fresh) {
        const list = index.byAccount.get(e.accountId);
        if (list && valid) index.byAccount.set(e.accountId, [...list]);
    }
    for (const e of fresh) addToIndex(index, e);
    count += fresh.length;
    last = fresh.length ? fresh[fresh.length - 1] : last;
    indexMemo.set(ctx.db, { index, count, last, stamp });
    return index;
};

interface ApprovalIndex {
    byKey: Map<string, Approval>;
    byAccount: Map<string, Approval[]>;
}

const approvalIndex = (ctx: Ctx): ApprovalIndex =>
    ctx.cached('ledger:approvals', () => {
        const byKey = new Map<string, Approval>();
        const byAccount = new Map<string, Approval[]>();
        for (const a of ctx.db.all<Approval>('approvals')) {
            if (a.idempotencyKey) byKey.set(a.idempotencyKey, a);
            if (a.accountId) {
                const list = byAccount.get(a.accountId) ?? [];
                list.push(a);
                byAccount.set(a.accountId, list);
            }
        }
        return { byKey, byAccount };
    }, { on: ['approvals'] });

const accountIndex = (ctx: Ctx): Map<string, DepositAccount> =>
    ctx.cached('ledger:accounts-by-merchant', () => {
        const map = new Map<string, DepositAccount>();
        for (const a of ctx.db.all<DepositAccount>('deposit-accounts')) map.set(`${a.merchantId}|${a.currency}`, a);
        return map;
    }, { on: ['deposit-accounts'] });

const categoryMap = (ctx: Ctx): Map<string, Category> =>
    ctx.cached('ledger:categories', () => new Map(ctx.db.all<Category>('categories').map(c => [c.id, c])), { on: ['categories'] });

interface MerchantActivityFacts {
    openComplaints: number;
    penaltiesInForce: number;
    lastActivityOn: IsoDate | null;
}

const OPEN_COMPLAINT = new Set(['new', 'awaiting_response', 'in_review']);

/** Open complaints and penalties per merchant, for R-DEP-7. */
const activityIndex = (ctx: Ctx): Map<string, MerchantActivityFacts> =>
    ctx.cached('ledger:merchant-activity', () => {
        const map = new Map<string, MerchantActivityFacts>();
        const get = (id: string) => {
            let f = map.get(id);
            if (!f) map.set(id, (f = { openComplaints: 0, penaltiesInForce: 0, lastActivityOn: null }));
            return f;
        };
        const later = (f: MerchantActivityFacts, instant: string | null | undefined) => {
            if (!instant) return;
            const d = instant.length === 10 ? instant : chinaDate(instant);
            if (!f.lastActivityOn || d > f.lastActivityOn) f.lastActivityOn = d;
        };
        const today = ctx.today();
        for (const c of ctx.db.all<Complaint>('complaints')) {
            const f = get(c.merchantId);
            const unpaid = c.status === 'decided' && !!c.decision?.compensation && !c.compensationPaidAt;
            if (OPEN_COMPLAINT.has(c.status) || unpaid) {
                f.openComplaints++;
                later(f, today); // the China date of ctx.now(), once, not per record
            } else {
                later(f, c.closedAt ?? c.decision?.decidedAt ?? c.filedAt);
            }
        }
        for (const p of ctx.db.all<Penalty>('penalties')) {
            const f = get(p.merchantId);
            if (p.status === 'proposed' || p.status === 'active') {
                f.penaltiesInForce++;
                later(f, today); // the China date of ctx.now(), once, not per record
            } else {
                later(f, p.endedAt ?? (p.endsOn && p.endsOn < today ? p.endsOn : null) ?? p.approvedAt ?? p.proposedAt);
            }
        }
        return map;
    }, { on: ['complaints', 'penalties'] });

// ---------- reading an account ----------

/** Every entry of an account in ledger order, including those posted earlier in this request. */
export const accountEntries = (ctx: Ctx, accountId: string): LedgerEntry[] => {
    const base = committedEntriesOf(ctx, accountId);
    const extra = pending(ctx).entries.filter(e => e.accountId === accountId && !base.some(x => x.id === e.id));
    return extra.length ? [...base, ...extra].sort(byLedgerOrder) : base;
};

/** China date of a stored UTC instant ("…T17:00:00.000Z" is the next day in China), without Date for the common shape. */
const postedDate = (postedAt: string): IsoDate => {
    if (postedAt.length === 24 && postedAt.endsWith('Z')) {
        const hour = Number(postedAt.slice(11, 13));
        return hour < 16 ? postedAt.slice(0, 10) : addDays(postedAt.slice(0, 10), 1);
    }
    return chinaDate(postedAt);
};

/**
 * Folded ledgers survive data versions: entries are append-only, so an account's fold is still
 * right while its entry count and last entry object are unchanged (a rolled-back and re-posted
 * entry is a different object). After a write only the touched account is folded again.
 */
const foldMemo = new WeakMap<object, Map<string, { count: number; last: LedgerEntry | undefined; derived: DerivedLedger }>>();

const derivedFor = (ctx: Ctx, accountId: string): DerivedLedger => {
    const entries = accountEntries(ctx, accountId);
    let memo = foldMemo.get(ctx.db);
    if (!memo) foldMemo.set(ctx.db, (memo = new Map()));
    const last = entries[entries.length - 1];
    const hit = memo.get(accountId);
    if (hit && hit.count === entries.length && hit.last === last) return hit.derived;
    const derived = deriveLedger(entries, postedDate);
    memo.set(accountId, { count: entries.length, last, derived });
    return derived;
};

/** Running balance after an entry (R-DEP-12), for the ledger's balance column. */
export const balanceAfter = (ctx: Ctx, entry: LedgerEntry): number | undefined => derivedFor(ctx, entry.accountId).balanceAfter.get(entry.id);

const pendingApprovalsOf = (ctx: Ctx, accountId: string): Approval[] => {
    const index = approvalIndex(ctx);
    const seen = new Set<string>();
    const out: Approval[] = [];
    for (const a of [...pending(ctx).approvals, ...(index.byAccount.get(accountId) ?? [])]) {
        if (a.accountId !== accountId || seen.has(a.id)) continue;
        seen.add(a.id);
        const current = ctx.db.get<Approval>('approvals', a.id) ?? a;
        if (current.status === 'pending') out.push(current);
    }
    return out;
};

export const accountFor = (ctx: Ctx, merchantId: string, currency: Currency): DepositAccount | undefined => {
    const hit = accountIndex(ctx).get(`${merchantId}|${currency}`);
    return hit ? ctx.db.get<DepositAccount>('deposit-accounts', hit.id) : undefined;
};

export const accountsOfMerchant = (ctx: Ctx, merchantId: string): DepositAccount[] =>
    (['CNY', 'USD'] as const).map(c => accountFor(ctx, merchantId, c)).filter((a): a is DepositAccount => !!a);

const viewMemo = new WeakMap<object, Map<string, { inputs: unknown[]; view: DepositAccount }>>();

const sameInputs = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The account with every derived field (R-DEP-1, R-DEP-5, R-DEP-8, R-DEP-11). */
export const accountView = (ctx: Ctx, account: DepositAccount): DepositAccount => {
    const today = ctx.today();
    const settings = ctx.settings();
    const merchant = ctx.db.get<Merchant>('merchants', account.merchantId);
    const status = merchant ? effectiveStatus(ctx, merchant) : 'closed';
    const derived = derivedFor(ctx, account.id);
    const required =
        account.status === 'closed' || !merchant || NO_DEPOSIT_REQUIRED.includes(status)
            ? 0
            : requiredAmount(merchant.categoryIds, categoryMap(ctx), account.currency, settings);
    const pendingKinds = pendingApprovalsOf(ctx, account.id)
        .map(a => a.kind)
        .join();
    const left = status === 'closed' || status === 'in_clearance';
    // A view is reused while none of what it is made of changed (most accounts after a write
    // elsewhere). Refund eligibility also reads complaints and penalties: those views are not reused.
    const inputs = [account, merchant, settings, derived, today, status, required, pendingKinds];
    let memo = viewMemo.get(ctx.db);
    if (!memo) viewMemo.set(ctx.db, (memo = new Map()));
    const hit = memo.get(account.id);
    const reusable = !(left && derived.state.balance > 0);
    if (reusable && hit && sameInputs(hit.inputs, inputs)) return hit.view;
    const { balance, owed, owedSince, guaranteeDeposit } = derived.state;
    const guaranteeValid = !!account.guarantee && account.guarantee.expiresOn >= today;
    const short = shortfallInfo({
        balance,
        required,
        guaranteeCover: guaranteeValid ? account.guarantee!.amount : 0,
        timeline: derived.timeline,
        openedOn: postedDate(account.openedAt),
        today,
        settings,
    });
    const view: DepositAccount = {
        ...account,
        balance,
        owed,
        guaranteeDeposit,
        required,
        shortfall: short.shortfall,
        shortfallSince: short.shortfallSince,
        topUpDueDate: short.topUpDueDate,
        topUpOverdue: short.topUpOverdue,
        measuresProposable: short.measuresProposable,
        refundPending: pendingKinds.includes('refund'),
        guaranteeValid,
        merchantName: merchant?.nameZh ?? account.merchantId,
        merchantNameEn: merchant?.nameEn ?? account.merchantId,
        merchantStatus: status,
        entryCount: derived.balanceAfter.size,
        liquidatedDamages: liquidatedDamages(owed, owedSince, today, settings.liquidatedDamagesBasisPointsPerDay, account.currency),
        refundEligible: left && balance > 0 ? refundEligibilityFor(ctx, account).eligible : false,
    };
    if (reusable) memo.set(account.id, { inputs, view });
    return view;
};

/** Every account's view, once per data version and day: what the list filters and sorts. */
export const accountViews = (ctx: Ctx): Map<string, DepositAccount> =>
    ctx.cached(`ledger:views:${ctx.today()}`, () => new Map(ctx.db.all<DepositAccount>('deposit-accounts').map(a => [a.id, accountView(ctx, a)])));

// ---------- R-DEP-7 refund eligibility ----------

const refundEligibilityFor = (ctx: Ctx, account: DepositAccount): RefundEligibility => {
    const merchant = ctx.db.get<Merchant>('merchants', account.merchantId);
    const state = derivedFor(ctx, account.id).state;
    const facts = activityIndex(ctx).get(account.merchantId) ?? { openComplaints: 0, penaltiesInForce: 0, lastActivityOn: null };
    const leftAt = merchant?.closedAt ?? merchant?.clearanceStartedAt ?? null;
    return refundEligibilityRule({
        merchantStatus: merchant ? effectiveStatus(ctx, merchant) : 'closed',
        leftOn: leftAt ? chinaDate(leftAt) : null,
        openTransactions: merchant?.activity.openTransactions ?? 0,
        openDisputes: merchant?.activity.openDisputes ?? 0,
        openComplaints: facts.openComplaints,
        penaltiesInForce: facts.penaltiesInForce,
        lastActivityOn: facts.lastActivityOn,
        balance: state.balance,
        owed: state.owed,
        refundPending: pendingApprovalsOf(ctx, account.id).some(a => a.kind === 'refund'),
        accountOpen: account.status === 'open',
        today: ctx.today(),
        quietMonths: ctx.settings().refundQuietMonths,
    });
};

/** R-DEP-7 for the merchant's deposit account (in its deposit currency, else its first account). */
export const refundEligibility = (ctx: Ctx, merchantId: string): RefundEligibility => {
    const merchant = ctx.db.get<Merchant>('merchants', merchantId);
    const account = (merchant && accountFor(ctx, merchantId, merchant.depositCurrency)) ?? accountsOfMerchant(ctx, merchantId)[0];
    if (!account)
        return { eligible: false, quietUntil: null, reasons: [{ ruleId: 'R-DEP-7', ok: false, code: 'no_account', text: 'The merchant has no deposit account.' }] };
    return refundEligibilityFor(ctx, account);
};

export const refundEligibilityOfAccount = refundEligibilityFor;

// ---------- posting ----------

const money = (amount: number, currency: Currency, locale = 'en') => formatMoney({ amount, currency }, locale);

const checkKey = (key: unknown): string => {
    if (typeof key !== 'string' || !key.trim()) throw invalid({ idempotencyKey: 'Send an Idempotency-Key header: a retried request must never post twice (R-DEP-12).' }, 'The Idempotency-Key header is required for ledger writes.');
    if (key.length > KEY_MAX) throw invalid({ idempotencyKey: `Keep the Idempotency-Key under ${KEY_MAX} characters.` });
    return key;
};

/** The ledger's committed entries by idempotency key. */
export const keyIndex = (index: LedgerIndex): Map<string, LedgerEntry> => {
    if (!index.byKey) {
        const byKey = new Map<string, LedgerEntry>();
        for (const list of index.byAccount.values()) for (const e of list) if (e.idempotencyKey) byKey.set(e.idempotencyKey, e);
        index.byKey = byKey;
    }
    return index.byKey;
};

const entryByKey = (ctx: Ctx, key: string): LedgerEntry | undefined =>
    pending(ctx).entries.find(e => e.idempotencyKey === key) ?? keyIndex(ledgerIndex(ctx)).get(key);

const approvalByKey = (ctx: Ctx, key: string): Approval | undefined => {
    const a = pending(ctx).approvals.find(x => x.idempotencyKey === key) ?? approvalIndex(ctx).byKey.get(key);
    return a ? (ctx.db.get<Approval>('approvals', a.id) ?? a) : undefined;
};

const differentRequest = () =>
    conflict('This Idempotency-Key was already used for a different request; nothing was posted. Generate a new key for a new entry.', 'R-DEP-12', {
        idempotencyKey: 'Already used for a different request',
    });

/** The first result of a key, or undefined. Throws 409 if the key was used for something else. */
const replayOf = (ctx: Ctx, key: string, accountId: string, type: string, amount: number): LedgerOutcome | undefined => {
    const entry = entryByKey(ctx, key);
    if (entry) {
        if (entry.accountId !== accountId || entry.type !== type || entry.amount !== amount) throw differentRequest();
        return { kind: 'posted', entry, replayed: true };
    }
    const approval = approvalByKey(ctx, key);
    if (approval) {
        if (approval.accountId !== accountId || approval.kind !== type || approval.amount !== amount) throw differentRequest();
        return { kind: 'approval', approval, replayed: true };
    }
    return undefined;
};

const resolveAccount = (ctx: Ctx, req: Pick<LedgerRequest, 'merchantId' | 'currency'>): DepositAccount => {
    const merchant = ctx.db.get<Merchant>('merchants', req.merchantId);
    if (!merchant) throw invalid({ merchantId: `No merchant "${req.merchantId}".` });
    const account = accountFor(ctx, req.merchantId, req.currency);
    if (!account) {
        const others = accountsOfMerchant(ctx, req.merchantId);
        if (others.length)
            throw invalid(
                { currency: `The merchant's deposit is kept in ${others.map(o => o.currency).join(' and ')}; amounts in ${req.currency} are never mixed into it (R-DEP-14).` },
                'Currency does not match the deposit account (R-DEP-14).',
            );
        throw invalid({ merchantId: 'This merchant has no deposit account yet: open one first.' });
    }
    return account;
};

/**
 * R-DEP-9: the same enterprise (same USCC) with several stores may have a loss in one store
 * deducted from another store's deposit.
 */
const sameEnterprise = (ctx: Ctx, a: string, b: string): boolean => {
    if (a === b) return true;
    const ma = ctx.db.get<Merchant>('merchants', a);
    const mb = ctx.db.get<Merchant>('merchants', b);
    return !!ma && !!mb && ma.uscc === mb.uscc;
};

const checkLinks = (ctx: Ctx, req: Pick<LedgerRequest, 'complaintId' | 'penaltyId' | 'merchantId'>) => {
    const errors: Record<string, string> = {};
    const otherEnterprise = 'belongs to another enterprise; only a store of the same enterprise (same USCC) may cover it (R-DEP-9).';
    if (req.complaintId !== undefined && req.complaintId !== null && req.complaintId !== '') {
        const c = typeof req.complaintId === 'string' ? ctx.db.get<Complaint>('complaints', req.complaintId) : undefined;
        if (!c) errors.complaintId = `No complaint "${String(req.complaintId)}".`;
        else if (!sameEnterprise(ctx, c.merchantId, req.merchantId)) errors.complaintId = `That complaint ${otherEnterprise}`;
    }
    if (req.penaltyId !== undefined && req.penaltyId !== null && req.penaltyId !== '') {
        const p = typeof req.penaltyId === 'string' ? ctx.db.get<Penalty>('penalties', req.penaltyId) : undefined;
        if (!p) errors.penaltyId = `No penalty "${String(req.penaltyId)}".`;
        else if (!sameEnterprise(ctx, p.merchantId, req.merchantId)) errors.penaltyId = `That penalty ${otherEnterprise}`;
    }
    if (Object.keys(errors).length) throw invalid(errors);
};

const assertOpen = (account: DepositAccount) => {
    if (account.status === 'closed')
        throw conflict(`Deposit account ${account.id} is closed: no entry can be posted to it (R-DEP-12).`, 'R-DEP-12', { accountId: 'The account is closed' });
};

const validate = (req: LedgerRequest, account: DepositAccount) => {
    const errors = validatePosting(req, account);
    if (Object.keys(errors).length) throw invalid(errors);
};

/** R-DEP-4 / R-NOT-1 notices for entries that affect the merchant. */
const noticeFor = (ctx: Ctx, entry: LedgerEntry, owedTotal: number) => {
    const amount = money(entry.amount, entry.currency);
    const amountZh = money(entry.amount, entry.currency, 'zh');
    if (entry.type === 'deduction') {
        const g = GROUND_TEXT[entry.ground!];
        const owedEn = entry.owedAmount > 0 ? ` The balance did not cover it: ${money(entry.owedAmount, entry.currency)} is now owed (total owed ${money(owedTotal, entry.currency)}) and accrues liquidated damages until paid.` : '';
        const owedZh = entry.owedAmount > 0 ? `保证金余额不足，${money(entry.owedAmount, entry.currency, 'zh')} 转为欠款（欠款合计 ${money(owedTotal, entry.currency, 'zh')}），未付期间按日计收违约金。` : '';
        ctx.notify({
            merchantId: entry.merchantId,
            kind: 'deposit_deduction',
            subject: `保证金扣除通知 Deposit deduction ${amount}`,
            content: `我们从您的保证金中扣除了 ${amountZh}。扣除原因：${g.zh}。说明：${entry.note}。${owedZh}\n\nWe deducted ${amount} from your security deposit. Reason: ${g.en}. Note: ${entry.note}.${owedEn}`,
            resource: 'ledger-entries',
            recordId: entry.id,
        });
    } else if (entry.type === 'refund' || entry.type === 'forfeiture' || entry.type === 'reversal') {
        const t = TYPE_TEXT[entry.type];
        ctx.notify({
            merchantId: entry.merchantId,
            kind: `deposit_${entry.type}`,
            subject: `保证金${t.zh}通知 Deposit ${t.en} ${amount}`,
            content: `您的保证金账户已登记${t.zh} ${amountZh}。说明：${entry.note}\n\nA ${t.en} of ${amount} was recorded on your security deposit account. Note: ${entry.note}`,
            resource: 'ledger-entries',
            recordId: entry.id,
        });
    }
};

/**
 * Posts an entry now, without four eyes: for approvals being executed and for approved
 * penalties. The same idempotency key again returns the first entry.
 */
export const postEntry = (ctx: Ctx, req: LedgerRequest & { approvalId?: string | null }): LedgerEntry => {
    const key = checkKey(req.idempotencyKey);
    const account = resolveAccount(ctx, req);
    validate(req, account);
    const replay = replayOf(ctx, key, account.id, req.type, req.amount);
    if (replay?.kind === 'posted') return replay.entry;
    if (replay) throw differentRequest();
    checkLinks(ctx, req);
    assertOpen(account);
    const state = derivedFor(ctx, account.id).state;
    const plan = planPosting(state, req.type as PostableType, req.amount);
    if (!plan.ok) throw conflict(plan.message, plan.rule, { [plan.field]: plan.message });
    const me = ctx.me();
    const entry: LedgerEntry = {
        id: freshId(ctx, 'ledger-entries', 'LE'),
        accountId: account.id,
        merchantId: account.merchantId,
        type: req.type,
        direction: req.type === 'deposit' || req.type === 'top_up' ? 'credit' : 'debit',
        amount: req.amount,
        currency: account.currency,
        ground: req.type === 'deduction' ? (req.ground ?? null) : null,
        complaintId: req.complaintId || null,
        penaltyId: req.penaltyId || null,
        reversesEntryId: null,
        approvalId: req.approvalId ?? null,
        owedAmount: plan.owedAmount,
        owedSettled: plan.owedSettled,
        postedBy: me.id,
        postedAt: ctx.now(),
        note: req.note.trim(),
        idempotencyKey: key,
    };
    ctx.db.put('ledger-entries', entry);
    pending(ctx).entries.push(entry);
    const after = derivedFor(ctx, account.id).state;
    ctx.audit({
        action: `post-${entry.type}`,
        resource: 'ledger-entries',
        recordId: entry.id,
        merchantId: entry.merchantId,
        before: { balance: state.balance, owed: state.owed },
        after: { entry, balance: after.balance, owed: after.owed },
        reason: entry.note,
    });
    noticeFor(ctx, entry, after.owed);
    return entry;
};

/**
 * Validates (422 field errors), enforces the invariants, and posts the entry or creates an
 * approval request (R-DEP-13), audits, notifies (R-DEP-4). Does NOT check the caller's role.
 */
export const postOrRequestApproval = (ctx: Ctx, req: LedgerRequest): LedgerOutcome => {
    const key = checkKey(req.idempotencyKey);
    const account = resolveAccount(ctx, req);
    validate(req, account);
    const replay = replayOf(ctx, key, account.id, req.type, req.amount);
    if (replay) return replay;
    checkLinks(ctx, req);
    assertOpen(account);
    const type = req.type as PostableType;
    if (!needsFourEyes(type, req.amount, account.currency, ctx.settings())) return { kind: 'posted', entry: postEntry(ctx, req), replayed: false };

    // R-DEP-13: a second person decides. Check now what can be checked now; approval checks again.
    const state = derivedFor(ctx, account.id).state;
    if (type === 'refund') {
        const eligibility = refundEligibilityFor(ctx, account);
        const failed = eligibility.reasons.filter(r => !r.ok);
        if (failed.length) throw conflict(`This deposit cannot be refunded yet (R-DEP-7): ${failed.map(r => r.text).join(' ')}`, 'R-DEP-7', { type: failed[0].text });
    }
    if (type !== 'deduction') {
        const plan = planPosting(state, type, req.amount);
        if (!plan.ok) throw conflict(plan.message, plan.rule, { [plan.field]: plan.message });
    }
    const me = ctx.me();
    const approval: Approval = {
        id: freshId(ctx, 'approvals', 'APR'),
        kind: type as Approval['kind'],
        status: 'pending',
        merchantId: account.merchantId,
        accountId: account.id,
        penaltyId: req.penaltyId || null,
        amount: req.amount,
        currency: account.currency,
        ground: type === 'deduction' ? (req.ground ?? null) : null,
        complaintId: req.complaintId || null,
        note: req.note.trim(),
        requestedBy: me.id,
        requestedAt: ctx.now(),
        decidedBy: null,
        decidedAt: null,
        decisionNote: '',
        entryId: null,
        payoutDueDate: null,
        paidOutAt: null,
        paidOutBy: null,
        idempotencyKey: key,
    };
    ctx.db.put('approvals', approval);
    pending(ctx).approvals.push(approval);
    ctx.audit({ action: `request-${type}`, resource: 'approvals', recordId: approval.id, merchantId: approval.merchantId, after: approval, reason: approval.note });
    return { kind: 'approval', approval, replayed: false };
};

/** R-DEP-12: a correction is a reversal linked to the entry, at most one per entry. */
export const reverseEntry = (ctx: Ctx, entryId: string, note: string, idempotencyKey: string): LedgerEntry => {
    const key = checkKey(idempotencyKey);
    const original = ctx.db.get<LedgerEntry>('ledger-entries', entryId);
    if (!original) throw notFound('ledger-entries', entryId);
    const replayed = entryByKey(ctx, key);
    if (replayed) {
        if (replayed.type === 'reversal' && replayed.reversesEntryId === entryId) return replayed;
        throw differentRequest();
    }
    if (typeof note !== 'string' || !note.trim()) throw invalid({ note: 'Say why the entry is reversed (R-DEP-12).' });
    if (note.length > 1000) throw invalid({ note: 'Keep the note under 1,000 characters.' });
    if (original.type === 'reversal') throw conflict('A reversal cannot itself be reversed: post a new entry instead (R-DEP-12).', 'R-DEP-12');
    const existing = pending(ctx).entries.find(e => e.reversesEntryId === entryId) ?? ledgerIndex(ctx).reversedBy.get(entryId);
    if (existing) throw conflict(`Entry ${entryId} was already reversed by ${existing.id}; an entry is reversed at most once (R-DEP-12).`, 'R-DEP-12');
    const account = ctx.db.get<DepositAccount>('deposit-accounts', original.accountId);
    if (!account) throw notFound('deposit-accounts', original.accountId);
    assertOpen(account);
    const state = derivedFor(ctx, account.id).state;
    const plan = planReversal(state, original);
    if (!plan.ok) throw conflict(plan.message, plan.rule);
    const me = ctx.me();
    const entry: LedgerEntry = {
        id: freshId(ctx, 'ledger-entries', 'LE'),
        accountId: account.id,
        merchantId: account.merchantId,
        type: 'reversal',
        direction: original.direction === 'credit' ? 'debit' : 'credit',
        amount: original.amount,
        currency: original.currency,
        ground: null,
        complaintId: original.complaintId,
        penaltyId: original.penaltyId,
        reversesEntryId: original.id,
        approvalId: null,
        owedAmount: plan.owedAmount,
        owedSettled: plan.owedSettled,
        postedBy: me.id,
        postedAt: ctx.now(),
        note: note.trim(),
        idempotencyKey: key,
    };
    ctx.db.put('ledger-entries', entry);
    pending(ctx).entries.push(entry);
    const after = derivedFor(ctx, account.id).state;
    ctx.audit({
        action: 'reverse',
        resource: 'ledger-entries',
        recordId: entry.id,
        merchantId: entry.merchantId,
        before: { reversed: original, balance: state.balance, owed: state.owed },
        after: { entry, balance: after.balance, owed: after.owed },
        reason: entry.note,
    });
    if (original.type === 'deduction' || original.type === 'refund' || original.type === 'forfeiture') noticeFor(ctx, entry, after.owed);
    return entry;
};

// ---------- approvals (R-DEP-13) ----------

const LEDGER_KINDS = new Set(['refund', 'forfeiture', 'deduction']);

export const approvalView = (ctx: Ctx, approval: Approval): Approval => {
    const merchant = ctx.db.get<Merchant>('merchants', approval.merchantId);
    return {
        ...approval,
        payoutOverdue: approval.kind === 'refund' && approval.status === 'approved' && !approval.paidOutAt && !!approval.payoutDueDate && ctx.today() > approval.payoutDueDate,
        merchantName: merchant?.nameZh ?? approval.merchantId,
        merchantNameEn: merchant?.nameEn ?? approval.merchantId,
    };
};

const loadApproval = (ctx: Ctx, id: string): Approval => {
    const a = ctx.db.get<Approval>('approvals', id);
    if (!a) throw notFound('approvals', id);
    if (!LEDGER_KINDS.has(a.kind)) throw conflict(`Approval ${id} is a ${a.kind} approval: it is decided where it was requested, not here.`, 'R-DEP-13');
    return a;
};

/** Maker-checker: the requester never decides; a forfeiture is a supervisor decision (R-DEP-10). */
export const assertMayDecide = (ctx: Ctx, approval: Approval) => {
    const me = ctx.me();
    if (approval.requestedBy === me.id)
        throw new ApiError(403, 'You requested this, so someone else must decide it: another finance officer or the supervisor (four eyes, R-DEP-13).', undefined, 'R-DEP-13');
    if (approval.kind === 'forfeiture' && me.role !== 'supervisor')
        throw new ApiError(403, 'Forfeiting a deposit is a supervisor decision (R-DEP-10): only the supervisor may approve or reject it.', undefined, 'R-DEP-10');
};

const assertPending = (approval: Approval) => {
    if (approval.status !== 'pending') throw conflict(`Approval ${approval.id} was already ${approval.status}; nothing changed.`, 'R-DEP-13');
};

export const approve = (ctx: Ctx, id: string, note: string): Approval => {
    const approval = loadApproval(ctx, id);
    assertMayDecide(ctx, approval);
    assertPending(approval);
    if (typeof note !== 'string' || note.length > 1000) throw invalid({ note: 'Keep the note under 1,000 characters.' });
    const account = ctx.db.get<DepositAccount>('deposit-accounts', approval.accountId!);
    if (!account) throw notFound('deposit-accounts', approval.accountId!);
    if (account.status === 'closed') throw conflict(`The deposit account was closed since this was requested; reject the request (R-DEP-12).`, 'R-DEP-12');
    // Re-check the account now: it may have changed since the request.
    const state = derivedFor(ctx, account.id).state;
    if (approval.kind !== 'deduction' && approval.amount! > state.balance)
        throw conflict(
            `The balance is now ${money(state.balance, account.currency)}, less than the ${money(approval.amount!, account.currency)} requested: the ${approval.kind} can no longer be posted. Reject it and request the right amount (R-DEP-12).`,
            'R-DEP-12',
        );
    if (approval.kind === 'refund') {
        const eligibility = refundEligibilityFor(ctx, account);
        const failed = eligibility.reasons.filter(r => !r.ok && r.code !== 'pending');
        if (failed.length) throw conflict(`The refund is no longer allowed (R-DEP-7): ${failed.map(r => r.text).join(' ')} Reject it and request again if appropriate.`, 'R-DEP-7');
    }
    const entry = postEntry(ctx, {
        merchantId: approval.merchantId,
        currency: approval.currency!,
        type: approval.kind as LedgerRequest['type'],
        amount: approval.amount!,
        ground: approval.ground,
        complaintId: approval.complaintId,
        penaltyId: approval.penaltyId,
        note: approval.note,
        idempotencyKey: `approval:${approval.id}`,
        approvalId: approval.id,
    });
    const me = ctx.me();
    const today = ctx.today();
    const updated: Approval = {
        ...approval,
        status: 'approved',
        decidedBy: me.id,
        decidedAt: ctx.now(),
        decisionNote: note.trim(),
        entryId: entry.id,
        // R-DEP-7: paid out within the settings' natural days of approval.
        payoutDueDate: approval.kind === 'refund' ? addDays(today, ctx.settings().refundPayoutDays) : null,
    };
    ctx.db.put('approvals', updated);
    ctx.audit({ action: 'approve', resource: 'approvals', recordId: id, merchantId: approval.merchantId, before: approval, after: updated, reason: updated.decisionNote });
    if (approval.kind === 'refund')
        ctx.notify({
            merchantId: approval.merchantId,
            kind: 'deposit_refund_approved',
            subject: `保证金退还已批准 Deposit refund approved ${money(entry.amount, entry.currency)}`,
            content: `您的保证金 ${money(entry.amount, entry.currency, 'zh')} 已批准退还，将于 ${updated.payoutDueDate} 前支付。\n\nThe refund of your security deposit of ${money(entry.amount, entry.currency)} was approved and will be paid out by ${updated.payoutDueDate}.`,
            resource: 'approvals',
            recordId: id,
        });
    return updated;
};

export const reject = (ctx: Ctx, id: string, note: string): Approval => {
    const approval = loadApproval(ctx, id);
    assertMayDecide(ctx, approval);
    assertPending(approval);
    if (typeof note !== 'string' || !note.trim()) throw invalid({ note: 'Say why the request is rejected.' });
    if (note.length > 1000) throw invalid({ note: 'Keep the note under 1,000 characters.' });
    const updated: Approval = { ...approval, status: 'rejected', decidedBy: ctx.me().id, decidedAt: ctx.now(), decisionNote: note.trim() };
    ctx.db.put('approvals', updated);
    ctx.audit({ action: 'reject', resource: 'approvals', recordId: id, merchantId: approval.merchantId, before: approval, after: updated, reason: updated.decisionNote });
    return updated;
};

/** R-DEP-7: records that an approved refund was paid out. */
export const markPaid = (ctx: Ctx, id: string, note: string): Approval => {
    const approval = loadApproval(ctx, id);
    if (approval.kind !== 'refund') throw conflict('Only a refund is paid out.', 'R-DEP-7');
    if (approval.status !== 'approved') throw conflict(`The refund is ${approval.status}: only an approved refund can be marked paid.`, 'R-DEP-7');
    if (approval.paidOutAt) throw conflict(`The refund was already marked paid on ${approval.paidOutAt}.`, 'R-DEP-7');
    const updated: Approval = { ...approval, paidOutAt: ctx.now(), paidOutBy: ctx.me().id, decisionNote: approval.decisionNote };
    ctx.db.put('approvals', updated);
    ctx.audit({ action: 'mark-paid', resource: 'approvals', recordId: id, merchantId: approval.merchantId, before: approval, after: updated, reason: typeof note === 'string' ? note : '' });
    return updated;
};
