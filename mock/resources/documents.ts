import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const documentRoutes = resourceRoutes({
    name: 'documents',
    searchFields: ['title', 'merchantId'],
    readOnlyReason: 'documents records are changed through their business actions, not by direct writes.',
});
