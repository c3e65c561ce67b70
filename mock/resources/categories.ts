import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const categoryRoutes = resourceRoutes({
    name: 'categories',
    searchFields: ['code', 'nameZh', 'nameEn'],
    readOnlyReason: 'categories records are changed through their business actions, not by direct writes.',
});
