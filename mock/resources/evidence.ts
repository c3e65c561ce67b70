import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const evidenceRoutes = resourceRoutes({
    name: 'evidence',
    searchFields: ['description'],
    readOnlyReason: 'evidence records are changed through their business actions, not by direct writes.',
});
