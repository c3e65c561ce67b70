import type { Merchant } from '../../src/domain';
import { resourceRoutes } from '../core/resource';

// Read access for the foundation; the merchants issue adds decisions, checks and masking.
export const merchantRoutes = resourceRoutes<Merchant>({
    name: 'merchants',
    searchFields: ['nameZh', 'nameEn', 'uscc', 'legalRepresentative', 'storeName'],
    readOnlyReason: 'Merchant status changes only through decisions (R-REG-9, R-PEN-10).',
});
