// Notices (R-NOT-1, R-NOT-2) are written by the decisions that send them, never directly.
import type { Notice } from '../../src/domain';
import { resourceRoutes } from '../core/resource';
import { seededNoticesOf } from '../services/notices';

export const noticeRoutes = resourceRoutes<Notice>({
    name: 'notices',
    searchFields: ['subject', 'content', 'merchantId', 'kind'],
    readOnlyReason: 'Notices are sent by the decisions that cause them (R-NOT-1) and are a record of what was sent: they cannot be created, edited or deleted directly.',
    merchantIdOf: n => n.merchantId,
    // A merchant's notices tab: that merchant's seeded notices, without generating the 80,000 others (issue 8).
    scoped: (filter, ctx) => (typeof filter.merchantId === 'string' ? seededNoticesOf(ctx, filter.merchantId) : null),
});
