import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const approvalRoutes = resourceRoutes({
    name: 'approvals',
    searchFields: ['merchantId', 'note'],
    readOnlyReason: 'approvals records are changed through their business actions, not by direct writes.',
});
