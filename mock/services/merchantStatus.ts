// R-PEN-10: a merchant's status is derived from its measures in force, never set by hand.
// The stored status holds the registration and lifecycle state (pending_review, info_requested,
// rejected, active, in_clearance, closed); restricted/suspended come from active penalties.
import type { Merchant, MerchantStatus } from '../../src/domain';
import type { Ctx } from '../core/context';

/** The status an operator sees. The penalties capability derives it from measures in force. */
export const effectiveStatus = (_ctx: Ctx, merchant: Merchant): MerchantStatus => merchant.status;
