// The notices as the API reads them while the seed's are not generated (issue 8): the seed's
// deduction notices are made on first use of `notices` (mock/seed/deposits.ts), and until then a
// merchant's notices tab and a record's timeline read theirs from the seed (SeededNotices, the
// part's Database.defer source). Any read of the whole collection or any write to it (a decision
// sending a notice) generates them first, so until then the seed's answer is the collection's.
import type { Notice } from '../../src/domain';
import type { Ctx } from '../core/context';

export interface SeededNoticeSource {
    /** A merchant's notices, in storage order. */
    ofMerchant(merchantId: string): Notice[];
    /** The notices about one record, in storage order. */
    about(resource: string, recordId: string): Notice[];
}

const seededFor = (ctx: Ctx) => ctx.db.seedSource<SeededNoticeSource>('notices');

/** The merchant's notices from the seed while the collection is not generated; null once it is (read the collection). */
export const seededNoticesOf = (ctx: Ctx, merchantId: string): Notice[] | null => seededFor(ctx)?.ofMerchant(merchantId) ?? null;

/** The notices sent about one record (R-NOT-1), in storage order. */
export const noticesAbout = (ctx: Ctx, resource: string, recordId: string): Notice[] => {
    const seeded = seededFor(ctx);
    if (seeded) return seeded.about(resource, recordId);
    return ctx.db.all<Notice>('notices').filter(n => n.resource === resource && n.recordId === recordId);
};
