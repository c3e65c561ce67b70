import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const depositAccountRoutes = resourceRoutes({
    name: 'deposit-accounts',
    searchFields: ['merchantId'],
    readOnlyReason: 'deposit-accounts records are changed through their business actions, not by direct writes.',
});
