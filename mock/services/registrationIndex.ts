// Whole-collection indexes for registrations, built once per data version (ctx.cached):
// documents by merchant, the licence of each merchant, and R-REG-6 related accounts (shared
// USCC, legal representative, phone). Never O(n²): each is one pass over the collection.
import type { Merchant, MerchantDocument, RelatedMerchant, RelationKind } from '../../src/domain';
import type { Ctx } from '../core/context';

export const documentsByMerchant = (ctx: Ctx): Map<string, MerchantDocument[]> =>
    ctx.cached('registration:documents-by-merchant', () => {
        const map = new Map<string, MerchantDocument[]>();
        for (const d of ctx.db.all<MerchantDocument>('documents')) {
            const list = map.get(d.merchantId);
            if (list) list.push(d);
            else map.set(d.merchantId, [d]);
        }
        return map;
    });

/** The merchant's current business licence: the newest one not rejected, else the newest. */
export const licenceOf = (ctx: Ctx, merchantId: string): MerchantDocument | null => {
    const docs = (documentsByMerchant(ctx).get(merchantId) ?? []).filter(d => d.type === 'business_licence');
    if (!docs.length) return null;
    const sorted = [...docs].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
    return [...sorted].reverse().find(d => d.reviewStatus !== 'rejected') ?? sorted.at(-1)!;
};

const KEYS: Array<[RelationKind, (m: Merchant) => string]> = [
    ['uscc', m => (m.uscc ?? '').trim().toUpperCase()],
    ['legalRepresentative', m => (m.legalRepresentative ?? '').trim()],
    ['phone', m => (m.phone ?? '').replace(/[\s-]/g, '')],
];

/** merchantId → related merchants with what they share. */
export const relatedIndex = (ctx: Ctx): Map<string, RelatedMerchant[]> =>
    ctx.cached('registration:related', () => {
        const merchants = ctx.db.all<Merchant>('merchants');
        const buckets = KEYS.map(() => new Map<string, Merchant[]>());
        for (const m of merchants)
            KEYS.forEach(([, key], i) => {
                const k = key(m);
                if (!k) return;
                const list = buckets[i].get(k);
                if (list) list.push(m);
                else buckets[i].set(k, [m]);
            });
        const out = new Map<string, RelatedMerchant[]>();
        KEYS.forEach(([kind], i) => {
            for (const group of buckets[i].values()) {
                if (group.length < 2) continue;
                for (const m of group) {
                    let rel = out.get(m.id);
                    if (!rel) out.set(m.id, (rel = []));
                    for (const other of group) {
                        if (other.id === m.id) continue;
                        const existing = rel.find(r => r.merchantId === other.id);
                        if (existing) existing.via.push(kind);
                        else rel.push({ merchantId: other.id, name: other.nameZh, via: [kind] });
                    }
                }
            }
        });
        return out;
    });

export const relatedOf = (ctx: Ctx, merchantId: string): RelatedMerchant[] => relatedIndex(ctx).get(merchantId) ?? [];

/** USCC → merchant ids holding it (for the duplicate check on edit, R-REG-6). */
export const usccIndex = (ctx: Ctx): Map<string, string[]> =>
    ctx.cached('registration:uscc', () => {
        const map = new Map<string, string[]>();
        for (const m of ctx.db.all<Merchant>('merchants')) {
            const k = (m.uscc ?? '').trim().toUpperCase();
            map.set(k, [...(map.get(k) ?? []), m.id]);
        }
        return map;
    });

/**
 * Lazily memoised per record, data version and mock date: a list of 20,000 merchants presents
 * each record once per data version instead of on every request. Use only for reads (inside a
 * write, the version has not moved yet).
 */
export const memoPerRecord = <T>(ctx: Ctx, kind: string, id: string, compute: () => T): T => {
    const store = ctx.cached(`memo:${kind}:${ctx.today()}`, () => new Map<string, T>());
    let value = store.get(id);
    if (value === undefined) {
        value = compute();
        store.set(id, value);
    }
    return value;
};

/** Working-day clocks share their start dates: memoise due dates and days left per day. */
export const memoClock = <T>(ctx: Ctx, key: string, compute: () => T): T => memoPerRecord(ctx, 'clock', key, compute);
