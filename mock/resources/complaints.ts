import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const complaintRoutes = resourceRoutes({
    name: 'complaints',
    searchFields: ['number', 'orderRef', 'complainantName', 'description'],
    readOnlyReason: 'complaints records are changed through their business actions, not by direct writes.',
});
