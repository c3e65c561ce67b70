// R-DEP-14: money is an integer amount of minor units with its currency; never floats, never mixed.
export const CURRENCIES = ['CNY', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
    /** Integer minor units (fen, cents). */
    amount: number;
    currency: Currency;
}

/** Largest amount a single ledger entry may carry: 100 million major units. */
export const MAX_ENTRY_MINOR = 100_000_000_00;

export class CurrencyMismatchError extends Error {
    constructor(a: Currency, b: Currency) {
        super(`Cannot combine ${a} and ${b} amounts (R-DEP-14)`);
        this.name = 'CurrencyMismatchError';
    }
}

export const isCurrency = (value: unknown): value is Currency =>
    typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);

export const isMinorAmount = (value: unknown): value is number =>
    typeof value === 'number' && Number.isSafeInteger(value);

export const money = (amount: number, currency: Currency): Money => {
    if (!isMinorAmount(amount)) throw new TypeError(`Money amount must be an integer of minor units, got ${amount}`);
    return { amount, currency };
};

export const zero = (currency: Currency): Money => ({ amount: 0, currency });

const same = (a: Money, b: Money) => {
    if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
};

export const add = (a: Money, b: Money): Money => {
    same(a, b);
    return money(a.amount + b.amount, a.currency);
};

export const subtract = (a: Money, b: Money): Money => {
    same(a, b);
    return money(a.amount - b.amount, a.currency);
};

export const compare = (a: Money, b: Money): number => {
    same(a, b);
    return a.amount - b.amount;
};

export const max = (a: Money, b: Money): Money => (compare(a, b) >= 0 ? a : b);
export const min = (a: Money, b: Money): Money => (compare(a, b) <= 0 ? a : b);

export const sum = (items: Money[], currency: Currency): Money =>
    items.reduce((total, item) => add(total, item), zero(currency));

/**
 * Multiply by a rate in basis points per day over whole days, rounding half up to the
 * minor unit (R-DEP-11 accrual). Integer arithmetic only.
 */
export const accrue = (principal: Money, basisPointsPerDay: number, days: number): Money => {
    if (!Number.isSafeInteger(basisPointsPerDay) || basisPointsPerDay < 0)
        throw new RangeError(`Rate must be a whole number of basis points per day, got ${basisPointsPerDay}`);
    if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be a whole number, got ${days}`);
    if (days <= 0 || principal.amount <= 0) return zero(principal.currency);
    const numerator = principal.amount * basisPointsPerDay * days;
    if (Number.isSafeInteger(numerator + 5_000)) return money(Math.floor((numerator + 5_000) / 10_000), principal.currency);
    // Large amounts over long periods exceed 2^53: stay exact with BigInt.
    const exact = (BigInt(principal.amount) * BigInt(basisPointsPerDay) * BigInt(days) + 5_000n) / 10_000n;
    return money(Number(exact), principal.currency);
};

/** Minor units per major unit: both supported currencies use 2 decimals. */
export const MINOR_PER_MAJOR = 100;

/**
 * Parse an operator-typed decimal ("1,234.5") into minor units without float arithmetic.
 * Returns null when the text is not a plain non-negative decimal with at most 2 decimals.
 */
export const parseMajor = (text: string): number | null => {
    const cleaned = text.replace(/[,\s_]/g, '');
    const match = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(cleaned);
    if (!match) return null;
    const whole = Number(match[1]);
    const fraction = Number((match[2] ?? '').padEnd(2, '0'));
    return whole * MINOR_PER_MAJOR + fraction;
};

/** Minor units to a plain decimal string, e.g. 123456 -> "1234.56". */
export const toMajorString = (amount: number): string => {
    if (!isMinorAmount(amount)) throw new TypeError(`Money amount must be an integer of minor units, got ${amount}`);
    const sign = amount < 0 ? '-' : '';
    const abs = Math.abs(amount);
    const whole = Math.floor(abs / MINOR_PER_MAJOR);
    const fraction = String(abs % MINOR_PER_MAJOR).padStart(2, '0');
    return `${sign}${whole}.${fraction}`;
};

/** Locale-aware display using Intl; the number passed to Intl is exact for 2-decimal currencies. */
export const formatMoney = (value: Money, locale = 'en'): string =>
    new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
        style: 'currency',
        currency: value.currency,
        currencyDisplay: locale === 'zh' ? 'symbol' : 'code',
    }).format(Number(toMajorString(value.amount)));
