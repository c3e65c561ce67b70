// The deposit ledger's rules as pure functions (R-DEP-1 to R-DEP-14), shared by the mock API
// (which enforces them) and the console (which explains them). Nothing here reads a clock or a
// database: callers pass "today", the settings and the entries.
//
// Model (TigerBeetle / Modern Treasury style):
// - entries are append-only and carry a positive amount and a direction (R-DEP-12);
// - a deduction larger than the balance takes the balance to zero and the rest becomes an
//   amount owed (`owedAmount`); a later credit settles what is owed first (`owedSettled`);
// - every entry's effect on the balance is therefore
//       credit: +(amount − owedSettled)        debit: −(amount − owedAmount)
//   and the balance is the sum of those effects, never stored.
import { addDays, addMonths, daysBetween, type IsoDate } from './dates';
import { accrue, isCurrency, MAX_ENTRY_MINOR, type Currency } from './money';
import type { Settings } from './settings';
import {
    DEDUCTION_GROUNDS,
    type Category,
    type DeductionGround,
    type LedgerEntry,
    type LedgerEntryType,
    type MerchantStatus,
} from './types';

/** Types an operator (or another capability) may post; `reversal` comes only from the reverse action. */
export const POSTABLE_TYPES = ['deposit', 'top_up', 'deduction', 'refund', 'forfeiture', 'transfer_to_guarantee'] as const;
export type PostableType = (typeof POSTABLE_TYPES)[number];

export const CREDIT_TYPES: readonly LedgerEntryType[] = ['deposit', 'top_up'];

/** R-DEP-13: these always need a second person; deductions only above the threshold. */
export const ALWAYS_FOUR_EYES: readonly PostableType[] = ['refund', 'forfeiture'];

export const isPostableType = (value: unknown): value is PostableType =>
    typeof value === 'string' && (POSTABLE_TYPES as readonly string[]).includes(value);

export const isDeductionGround = (value: unknown): value is DeductionGround =>
    typeof value === 'string' && (DEDUCTION_GROUNDS as readonly string[]).includes(value);

/** Direction of a new entry; a reversal goes the opposite way of the entry it reverses. */
export const directionOf = (type: LedgerEntryType, reversed?: Pick<LedgerEntry, 'direction'> | null): 'credit' | 'debit' => {
    if (type === 'reversal') {
        if (!reversed) throw new Error('A reversal needs the entry it reverses');
        return reversed.direction === 'credit' ? 'debit' : 'credit';
    }
    return CREDIT_TYPES.includes(type) ? 'credit' : 'debit';
};

type EntryFacts = Pick<LedgerEntry, 'direction' | 'amount' | 'owedAmount'> & { owedSettled?: number };

/** The entry's effect on the cash balance (R-DEP-12: the balance is the sum of these). */
export const balanceEffect = (e: EntryFacts): number =>
    e.direction === 'credit' ? e.amount - (e.owedSettled ?? 0) : -(e.amount - e.owedAmount);

/** The entry's effect on the amount owed. */
export const owedEffect = (e: EntryFacts): number => (e.direction === 'credit' ? -(e.owedSettled ?? 0) : e.owedAmount);

export interface LedgerState {
    balance: number;
    owed: number;
    /** Date the current amount owed arose (R-DEP-11 accrual start), null when nothing is owed. */
    owedSince: IsoDate | null;
    /** R-DEP-8: deposit moved to the performance-guarantee deposit. */
    guaranteeDeposit: number;
}

export const EMPTY_STATE: LedgerState = { balance: 0, owed: 0, owedSince: null, guaranteeDeposit: 0 };

/** Ledger order: the sequence number in the id (LE-000123), i.e. posting order, whatever the clock said. */
export const entrySequence = (id: string): number => {
    const m = /(\d+)$/.exec(id);
    return m ? Number(m[1]) : 0;
};

/** Ids share a prefix and zero-padded numbers: a shorter id is an earlier one, equal lengths compare as strings. */
export const byLedgerOrder = (a: Pick<LedgerEntry, 'id'>, b: Pick<LedgerEntry, 'id'>) =>
    a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const isSorted = (entries: LedgerEntry[]) => {
    for (let i = 1; i < entries.length; i++) if (byLedgerOrder(entries[i - 1], entries[i]) > 0) return false;
    return true;
};

/** Applies one entry. `reversedType` is the type of the entry a reversal reverses. */
export const applyEntry = (state: LedgerState, entry: EntryFacts & Pick<LedgerEntry, 'type'>, reversedType: LedgerEntryType | null, date: IsoDate): LedgerState => {
    const balance = state.balance + balanceEffect(entry);
    const owed = state.owed + owedEffect(entry);
    let guaranteeDeposit = state.guaranteeDeposit;
    if (entry.type === 'transfer_to_guarantee') guaranteeDeposit += entry.amount;
    if (entry.type === 'reversal' && reversedType === 'transfer_to_guarantee') guaranteeDeposit -= entry.amount;
    const owedSince = owed <= 0 ? null : state.owed <= 0 ? date : state.owedSince;
    return { balance, owed, owedSince, guaranteeDeposit };
};

export interface DerivedLedger {
    state: LedgerState;
    /** Running balance after each entry (R-DEP-12), by entry id. */
    balanceAfter: Map<string, number>;
    /** Balance after each entry, in ledger order, with the entry's date: the shortfall timeline. */
    timeline: Array<{ date: IsoDate; balance: number }>;
}

/**
 * Folds an account's entries in ledger order. `dateOf` turns postedAt into a China date.
 * Throws if an invariant is broken (negative balance or owed): that would be a bug, not input.
 */
export const deriveLedger = (entries: LedgerEntry[], dateOf: (postedAt: string) => IsoDate): DerivedLedger => {
    const sorted = isSorted(entries) ? entries : [...entries].sort(byLedgerOrder);
    const typeById = new Map(sorted.map(e => [e.id, e.type]));
    let state = EMPTY_STATE;
    const balanceAfter = new Map<string, number>();
    const timeline: DerivedLedger['timeline'] = [];
    for (const e of sorted) {
        const date = dateOf(e.postedAt);
        state = applyEntry(state, e, e.reversesEntryId ? (typeById.get(e.reversesEntryId) ?? null) : null, date);
        balanceAfter.set(e.id, state.balance);
        timeline.push({ date, balance: state.balance });
    }
    return { state, balanceAfter, timeline };
};

// ---------- R-DEP-1 required amount ----------

/** The highest required amount among the merchant's categories, in the account currency; the standard deposit when it has none. */
export const requiredAmount = (categoryIds: readonly string[], categories: ReadonlyMap<string, Category> | Category[], currency: Currency, settings: Pick<Settings, 'standardDeposit'>): number => {
    const lookup = Array.isArray(categories) ? new Map(categories.map(c => [c.id, c])) : (categories as ReadonlyMap<string, Category>);
    let highest = 0;
    for (const id of categoryIds) {
        const c = lookup.get(id);
        if (c) highest = Math.max(highest, c.requiredDeposit[currency]);
    }
    return highest > 0 ? highest : settings.standardDeposit[currency];
};

/** Merchants that no longer owe a deposit (leaving or gone): nothing is required of them. */
export const NO_DEPOSIT_REQUIRED: readonly MerchantStatus[] = ['in_clearance', 'closed', 'rejected'];

// ---------- R-DEP-5 shortfall and top-up due date ----------

export interface ShortfallInfo {
    shortfall: number;
    /** The day the cover fell below the required amount and stayed there. */
    shortfallSince: IsoDate | null;
    topUpDueDate: IsoDate | null;
    topUpOverdue: boolean;
    /** R-DEP-5: overdue and the shortfall at least the settings share of the requirement. */
    measuresProposable: boolean;
}

/**
 * `timeline` is the balance after each entry in ledger order; `cover` adds a valid performance
 * guarantee (R-DEP-8). The shortfall started on the entry after which the cover dropped below
 * `required` for good; an account that was never covered started short on `openedOn`.
 */
export const shortfallInfo = (args: {
    balance: number;
    required: number;
    guaranteeCover: number;
    timeline: Array<{ date: IsoDate; balance: number }>;
    openedOn: IsoDate;
    today: IsoDate;
    settings: Pick<Settings, 'topUpDays' | 'restrictiveMeasureShortfallPercent'>;
}): ShortfallInfo => {
    const { balance, required, guaranteeCover, timeline, openedOn, today, settings } = args;
    const shortfall = Math.max(0, required - balance - guaranteeCover);
    if (shortfall === 0) return { shortfall: 0, shortfallSince: null, topUpDueDate: null, topUpOverdue: false, measuresProposable: false };
    let since = openedOn;
    for (let i = timeline.length - 1; i >= 0; i--) {
        const covered = timeline[i].balance + guaranteeCover >= required;
        if (covered) {
            since = timeline[i + 1]?.date ?? today;
            break;
        }
        if (i === 0) since = timeline[0].date < openedOn ? timeline[0].date : openedOn;
    }
    const topUpDueDate = addDays(since, settings.topUpDays);
    const topUpOverdue = today > topUpDueDate;
    const measuresProposable = topUpOverdue && shortfall * 100 >= required * settings.restrictiveMeasureShortfallPercent;
    return { shortfall, shortfallSince: since, topUpDueDate, topUpOverdue, measuresProposable };
};

// ---------- R-DEP-11 liquidated damages ----------

export interface LiquidatedDamages {
    amount: number;
    days: number;
    rateBasisPoints: number;
    since: IsoDate;
}

/** Simple daily accrual on the amount owed, from the day it arose to today (whole days). */
export const liquidatedDamages = (owed: number, owedSince: IsoDate | null, today: IsoDate, basisPointsPerDay: number, currency: Currency): LiquidatedDamages | null => {
    if (owed <= 0 || !owedSince) return null;
    const days = Math.max(0, daysBetween(owedSince, today));
    return { amount: accrue({ amount: owed, currency }, basisPointsPerDay, days).amount, days, rateBasisPoints: basisPointsPerDay, since: owedSince };
};

// ---------- R-DEP-7 refund eligibility ----------

export interface RefundFacts {
    merchantStatus: MerchantStatus;
    /** When the merchant closed or entered clearance (a date), if it did. */
    leftOn: IsoDate | null;
    openTransactions: number;
    openDisputes: number;
    openComplaints: number;
    penaltiesInForce: number;
    /** Latest day a complaint, penalty or dispute was still open (or the merchant left), if any. */
    lastActivityOn: IsoDate | null;
    balance: number;
    owed: number;
    refundPending: boolean;
    accountOpen: boolean;
    today: IsoDate;
    quietMonths: number;
}

export interface RefundReason {
    ruleId: string;
    ok: boolean;
    /** Stable code the console translates. */
    code: string;
    text: string;
    /** Values for the translated message. */
    values?: Record<string, string | number>;
}

export interface RefundEligibility {
    eligible: boolean;
    /** First day the three quiet months are complete, when known. */
    quietUntil: IsoDate | null;
    reasons: RefundReason[];
}

export const refundEligibility = (f: RefundFacts): RefundEligibility => {
    const left = f.merchantStatus === 'closed' || f.merchantStatus === 'in_clearance';
    const quietFrom = [f.leftOn, f.lastActivityOn].filter((d): d is IsoDate => !!d).sort().pop() ?? null;
    const quietUntil = quietFrom ? addMonths(quietFrom, f.quietMonths) : null;
    const quiet = !!quietUntil && f.today >= quietUntil;
    const reasons: RefundReason[] = [
        {
            ruleId: 'R-DEP-7',
            ok: left,
            code: 'left',
            text: left ? `The merchant is ${f.merchantStatus.replace('_', ' ')}.` : `The merchant is ${f.merchantStatus.replace('_', ' ')}: only a closed merchant or one in clearance gets its deposit back.`,
            values: { status: f.merchantStatus },
        },
        {
            ruleId: 'R-DEP-7',
            ok: f.openTransactions === 0,
            code: 'transactions',
            text: f.openTransactions === 0 ? 'No unfinished transaction.' : `${f.openTransactions} unfinished transaction(s).`,
            values: { count: f.openTransactions },
        },
        {
            ruleId: 'R-DEP-7',
            ok: f.openDisputes === 0,
            code: 'disputes',
            text: f.openDisputes === 0 ? 'No open dispute.' : `${f.openDisputes} open dispute(s).`,
            values: { count: f.openDisputes },
        },
        {
            ruleId: 'R-DEP-7',
            ok: f.openComplaints === 0,
            code: 'complaints',
            text: f.openComplaints === 0 ? 'No open complaint.' : `${f.openComplaints} open complaint(s).`,
            values: { count: f.openComplaints },
        },
        {
            ruleId: 'R-DEP-7',
            ok: f.penaltiesInForce === 0,
            code: 'penalties',
            text: f.penaltiesInForce === 0 ? 'No penalty proposed or in force.' : `${f.penaltiesInForce} penalty(ies) proposed or in force.`,
            values: { count: f.penaltiesInForce },
        },
        {
            ruleId: 'R-DEP-7',
            ok: quiet,
            code: quietUntil ? 'quiet' : 'quiet_pending',
            text: quietUntil
                ? quiet
                    ? `${f.quietMonths} consecutive quiet months completed on ${quietUntil}.`
                    : `${f.quietMonths} consecutive quiet months complete only on ${quietUntil}.`
                : `${f.quietMonths} consecutive quiet months start when the merchant leaves.`,
            values: { months: f.quietMonths, date: quietUntil ?? '' },
        },
        {
            ruleId: 'R-DEP-12',
            ok: f.balance > 0 && f.owed === 0,
            code: 'balance',
            text: f.owed > 0 ? 'An amount is still owed: settle it before any refund.' : f.balance > 0 ? 'There is a balance to refund.' : 'The balance is zero: nothing to refund.',
        },
        {
            ruleId: 'R-DEP-13',
            ok: !f.refundPending,
            code: 'pending',
            text: f.refundPending ? 'A refund is already waiting for approval.' : 'No refund waiting for approval.',
        },
        {
            ruleId: 'R-DEP-12',
            ok: f.accountOpen,
            code: 'account_open',
            text: f.accountOpen ? 'The deposit account is open.' : 'The deposit account is closed.',
        },
    ];
    return { eligible: reasons.every(r => r.ok), quietUntil, reasons };
};

// ---------- posting requests ----------

export interface PostingInput {
    type: unknown;
    amount: unknown;
    currency?: unknown;
    ground?: unknown;
    note?: unknown;
}

/** Field errors of a posting request (422), before looking at the balance. R-DEP-3, R-DEP-14. */
export const validatePosting = (input: PostingInput, account: { currency: Currency }): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (!isPostableType(input.type)) errors.type = `Choose one of: ${POSTABLE_TYPES.join(', ')}. A reversal is made with the reverse action (R-DEP-12).`;
    if (typeof input.amount !== 'number' || !Number.isSafeInteger(input.amount)) errors.amount = 'The amount must be a whole number of minor units (fen or cents) (R-DEP-14).';
    else if (input.amount <= 0) errors.amount = 'The amount must be greater than zero; corrections are made by reversal (R-DEP-12).';
    else if (input.amount > MAX_ENTRY_MINOR) errors.amount = `The amount is above the largest single entry (${MAX_ENTRY_MINOR / 100} in major units).`;
    if (input.currency !== undefined && input.currency !== null) {
        if (!isCurrency(input.currency)) errors.currency = 'Currency must be CNY or USD.';
        else if (input.currency !== account.currency) errors.currency = `This account is kept in ${account.currency}; amounts in ${input.currency} are never mixed into it (R-DEP-14).`;
    }
    if (input.type === 'deduction') {
        if (!isDeductionGround(input.ground)) errors.ground = `A deduction needs its ground: one of ${DEDUCTION_GROUNDS.join(', ')} (R-DEP-3).`;
    } else if (input.ground !== undefined && input.ground !== null && input.ground !== '') {
        errors.ground = 'Only a deduction carries a ground (R-DEP-3).';
    }
    if (typeof input.note !== 'string' || !input.note.trim()) errors.note = 'Say why: every entry records its reason (R-DEP-12).';
    else if (input.note.length > 1000) errors.note = 'Keep the note under 1,000 characters.';
    return errors;
};

/** R-DEP-13: does this request need a second person? */
export const needsFourEyes = (type: PostableType, amount: number, currency: Currency, settings: Pick<Settings, 'deductionApprovalThreshold'>): boolean =>
    ALWAYS_FOUR_EYES.includes(type) || (type === 'deduction' && amount > settings.deductionApprovalThreshold[currency]);

export type PlanResult = { ok: true; owedAmount: number; owedSettled: number } | { ok: false; field: string; message: string; rule: string };

/**
 * How an entry lands on the account now: a deduction never takes the balance below zero, the
 * rest becomes owed (R-DEP-12); a credit settles what is owed first; refunds, forfeitures and
 * transfers can only move money that is there (no overdraft).
 */
export const planPosting = (state: LedgerState, type: PostableType, amount: number): PlanResult => {
    if (type === 'deposit' || type === 'top_up') return { ok: true, owedAmount: 0, owedSettled: Math.min(state.owed, amount) };
    if (type === 'deduction') return { ok: true, owedAmount: Math.max(0, amount - state.balance), owedSettled: 0 };
    if (amount > state.balance)
        return {
            ok: false,
            field: 'amount',
            message: `The balance is ${(state.balance / 100).toFixed(2)}; a ${type.replace(/_/g, ' ')} of ${(amount / 100).toFixed(2)} would overdraw it. Only the balance can be moved (R-DEP-12).`,
            rule: 'R-DEP-12',
        };
    if (type === 'refund' && state.owed > 0)
        return { ok: false, field: 'type', message: 'An amount is still owed: it must be settled before any refund (R-DEP-7, R-DEP-12).', rule: 'R-DEP-7' };
    return { ok: true, owedAmount: 0, owedSettled: 0 };
};

/**
 * How a reversal of `entry` lands now. Reversing a credit takes its cash effect back out (refused
 * when that would overdraw) and re-opens what it had settled; reversing a deduction gives back
 * what it took and cancels what is still owed of it.
 */
export const planReversal = (state: LedgerState, entry: EntryFacts & Pick<LedgerEntry, 'type'>): PlanResult => {
    if (entry.type === 'reversal') return { ok: false, field: 'id', message: 'A reversal cannot itself be reversed: post a new entry instead (R-DEP-12).', rule: 'R-DEP-12' };
    if (entry.direction === 'credit') {
        const settled = entry.owedSettled ?? 0;
        const cash = entry.amount - settled;
        if (cash > state.balance)
            return {
                ok: false,
                field: 'id',
                message: `Reversing this entry would take ${(cash / 100).toFixed(2)} out of a balance of ${(state.balance / 100).toFixed(2)}: the balance never goes below zero (R-DEP-12).`,
                rule: 'R-DEP-12',
            };
        return { ok: true, owedAmount: settled, owedSettled: 0 };
    }
    return { ok: true, owedAmount: 0, owedSettled: Math.min(entry.owedAmount, state.owed) };
};
