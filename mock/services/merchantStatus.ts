// R-PEN-10: a merchant's status is derived from its measures in force, never set by hand.
// The stored status holds the registration and lifecycle state (pending_review, info_requested,
// rejected, active, in_clearance, closed); restricted/suspended come from active penalties.
import { deriveMerchantStatus, isInForce, type MeasureType, type Merchant, type MerchantStatus, type Penalty } from '../../src/domain';
import type { Ctx } from '../core/context';

/** merchantId -> durable measures in force today. One pass over penalties per version of penalties and day. */
export const measuresInForceIndex = (ctx: Ctx): Map<string, MeasureType[]> => {
    const today = ctx.today();
    return ctx.cached(`penalties:in-force:${today}`, () => {
        const index = new Map<string, MeasureType[]>();
        for (const p of ctx.db.all<Penalty>('penalties')) {
            if (!isInForce(p, today)) continue;
            const list = index.get(p.merchantId) ?? [];
            for (const m of p.measures) list.push(m.type);
            index.set(p.merchantId, list);
        }
        return index;
    }, { on: ['penalties'] });
};

export const measuresInForce = (ctx: Ctx, merchantId: string): MeasureType[] => measuresInForceIndex(ctx).get(merchantId) ?? [];

/** effectiveStatus for many merchants at once (a list's status column): the index is read once. */
export const effectiveStatusOf = (ctx: Ctx): ((merchant: Merchant) => MerchantStatus) => {
    const index = measuresInForceIndex(ctx);
    return merchant => deriveMerchantStatus(merchant.status, index.get(merchant.id) ?? []);
};

/** The status an operator sees (R-PEN-10): the stored base status refined by measures in force. */
export const effectiveStatus = (ctx: Ctx, merchant: Merchant): MerchantStatus =>
    deriveMerchantStatus(merchant.status, measuresInForce(ctx, merchant.id));
