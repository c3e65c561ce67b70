// Whole-collection indexes for registrations, built once per version of the resources they
// read (ctx.cached with `on`: an audit entry or a notice does not rebuild them):
// documents by merchant, the licence of each merchant, and R-REG-6 related accounts (shared
// USCC, legal representative, phone). Never O(n²): each is one pass over the collection.
import type { Merchant, MerchantDocument, RelatedMerchant, RelationKind } from '../../src/domain';
import type { Ctx } from '../core/context';
import type { AnyRecord } from '../core/db';

export const documentsByMerchant = (ctx: Ctx): Map<string, MerchantDocument[]> =>
    ctx.cached('registration:documents-by-merchant', () => {
        const map = new Map<string, MerchantDocument[]>();
        for (const d of ctx.db.all<MerchantDocument>('documents')) {
            const list = map.get(d.merchantId);
            if (list) list.push(d);
            else map.set(d.merchantId, [d]);
        }
        return map;
    }, { on: ['documents'] });

/** The merchant's current business licence: the newest one not rejected, else the newest. */
export const licenceOf = (ctx: Ctx, merchantId: string): MerchantDocument | null => {
    const docs = documentsOf(ctx, merchantId).filter(d => d.type === 'business_licence');
    if (!docs.length) return null;
    const sorted = [...docs].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
    return [...sorted].reverse().find(d => d.reviewStatus !== 'rejected') ?? sorted.at(-1)!;
};

/**
 * The seeded documents, for as long as they are not generated (issue 8: they are made on first
 * use of `documents`, mock/seed/index.ts): the merchant list (each licence's expiry) and a
 * merchant's page read that merchant's documents, made from what the seed drew, without making
 * the 40,000 others. Any read of the collection or any write to it generates them first, so until
 * then the seed's answer is the documents' answer.
 */
export interface SeededMerchantDocuments {
    /** In storage order; undefined for a merchant the seed did not make. */
    documentsOf(merchantId: string): MerchantDocument[] | undefined;
}

const seededFor = (ctx: Ctx) => ctx.db.seedSource<SeededMerchantDocuments>('documents');

/** The merchant's documents, in storage order. */
export const documentsOf = (ctx: Ctx, merchantId: string): MerchantDocument[] =>
    seededFor(ctx)?.documentsOf(merchantId) ?? documentsByMerchant(ctx).get(merchantId) ?? [];

const KEYS: Array<[RelationKind, (m: Merchant) => string]> = [
    ['uscc', m => (m.uscc ?? '').trim().toUpperCase()],
    ['legalRepresentative', m => (m.legalRepresentative ?? '').trim()],
    ['phone', m => (m.phone ?? '').replace(/[\s-]/g, '')],
];

/**
 * Merchants grouped by keys (one map per key function): key -> merchant ids in collection order.
 * Built once per version of merchants; after a write to merchants only the changed merchants are
 * moved between groups, from their keys before the write (the cache's `before`) to their keys now
 * (a decision or an edit touches one merchant, and rebuilding the groups of 20,000 merchants cost
 * 30-100 ms). A merchant's own keys are read from the merchant, not kept (issue 8: the first
 * merchant list builds these groups before it answers).
 */
interface MerchantGroups {
    /** Per key function: key -> the one merchant id holding it, or the ids (two or more) sharing it. */
    byKey: Array<Map<string, Members>>;
}

/**
 * Most keys (a USCC, a phone number) belong to one merchant: that group is the id itself, not a
 * one-element array — 60,000 fewer arrays to build and keep on the large seed (issue 8).
 */
type Members = string | string[];
const membersOf = (members: Members | undefined): string[] => (members === undefined ? [] : typeof members === 'string' ? [members] : members);
const asMembers = (ids: string[]): Members | undefined => (ids.length === 0 ? undefined : ids.length === 1 ? ids[0] : ids);

const merchantGroups = (ctx: Ctx, name: string, keys: Array<(m: Merchant) => string>): MerchantGroups => {
    const build = (): MerchantGroups => {
        const byKey = keys.map(() => new Map<string, Members>());
        for (const m of ctx.db.all<Merchant>('merchants')) {
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i](m);
                const members = byKey[i].get(k);
                if (members === undefined) byKey[i].set(k, m.id);
                else if (typeof members === 'string') byKey[i].set(k, [members, m.id]);
                else members.push(m.id);
            }
        }
        return { byKey };
    };
    // In place: a caller never keeps the groups across a write.
    const patch = (groups: MerchantGroups, changed: ReadonlySet<string>, _also: unknown, before: ReadonlyMap<string, AnyRecord | undefined>): MerchantGroups => {
        const position = (id: string) => ctx.db.positionOf('merchants', id) ?? Number.MAX_SAFE_INTEGER;
        for (const id of changed) {
            const old = before.get(id) as Merchant | undefined;
            if (old)
                keys.forEach((key, i) => {
                    const k = key(old);
                    const rest = asMembers(membersOf(groups.byKey[i].get(k)).filter(x => x !== id));
                    if (rest === undefined) groups.byKey[i].delete(k);
                    else groups.byKey[i].set(k, rest);
                });
            const m = ctx.db.get<Merchant>('merchants', id);
            if (!m) continue;
            keys.forEach((key, i) => {
                const k = key(m);
                const list = [...membersOf(groups.byKey[i].get(k)), id].sort((a, b) => position(a) - position(b));
                groups.byKey[i].set(k, asMembers(list)!);
            });
        }
        return groups;
    };
    return ctx.cached(`registration:groups:${name}`, build, { on: ['merchants'], daily: false, patch: { resource: 'merchants', apply: patch } });
};

const relationGroups = (ctx: Ctx) => merchantGroups(ctx, 'related', KEYS.map(([, key]) => key));

/**
 * R-REG-6: the merchants sharing a USCC, legal representative or phone with this one, each with
 * what it shares (in the order uscc, legal representative, phone; merchants in collection order).
 */
export const relatedOf = (ctx: Ctx, merchantId: string): RelatedMerchant[] => {
    const groups = relationGroups(ctx);
    const merchant = ctx.db.get<Merchant>('merchants', merchantId);
    if (!merchant) return [];
    const rel: RelatedMerchant[] = [];
    KEYS.forEach(([kind, key], i) => {
        const k = key(merchant);
        if (!k) return;
        const group = groups.byKey[i].get(k);
        if (typeof group !== 'object') return;
        for (const otherId of group) {
            if (otherId === merchantId) continue;
            const existing = rel.find(r => r.merchantId === otherId);
            if (existing) existing.via.push(kind);
            else rel.push({ merchantId: otherId, name: ctx.db.get<Merchant>('merchants', otherId)?.nameZh ?? otherId, via: [kind] });
        }
    });
    return rel;
};

/** The merchant ids holding a USCC, in collection order (for the duplicate check on edit, R-REG-6). */
export const usccHolders = (ctx: Ctx, uscc: string): string[] =>
    membersOf(merchantGroups(ctx, 'uscc', [m => (m.uscc ?? '').trim().toUpperCase()]).byKey[0].get(uscc));

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
