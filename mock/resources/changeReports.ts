import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const changeReportRoutes = resourceRoutes({
    name: 'change-reports',
    searchFields: ['merchantId'],
    readOnlyReason: 'change-reports records are changed through their business actions, not by direct writes.',
});
