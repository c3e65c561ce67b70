import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the capability issue for this resource adds its writes.
export const ledgerEntryRoutes = resourceRoutes({
    name: 'ledger-entries',
    searchFields: ['note', 'merchantId', 'idempotencyKey'],
    readOnlyReason: 'ledger-entries records are changed through their business actions, not by direct writes.',
});
