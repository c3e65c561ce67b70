import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const penaltyRoutes = resourceRoutes({
    name: 'penalties',
    searchFields: ['merchantId', 'ground.description'],
    readOnlyReason: 'penalties records are changed through their business actions, not by direct writes.',
});
