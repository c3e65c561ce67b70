// Notices (R-NOT-1, R-NOT-2) are written by the decisions that send them, never directly.
import type { Notice } from '../../src/domain';
import { resourceRoutes } from '../core/resource';

export const noticeRoutes = resourceRoutes<Notice>({
    name: 'notices',
    searchFields: ['subject', 'content', 'merchantId', 'kind'],
    readOnlyReason: 'Notices are sent by the decisions that cause them (R-NOT-1) and are a record of what was sent: they cannot be created, edited or deleted directly.',
    merchantIdOf: n => n.merchantId,
});
