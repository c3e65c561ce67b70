import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const categoryApplicationRoutes = resourceRoutes({
    name: 'category-applications',
    searchFields: ['merchantId', 'categoryId'],
    readOnlyReason: 'category-applications records are changed through their business actions, not by direct writes.',
});
