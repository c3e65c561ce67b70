// Business categories with their required deposits (R-DEP-1): a read list for everyone.
import type { Category } from '../../src/domain';
import { resourceRoutes } from '../core/resource';

export const categoryRoutes = resourceRoutes<Category>({
    name: 'categories',
    searchFields: ['code', 'nameZh', 'nameEn'],
    readOnlyReason: 'Categories and their required deposits are platform reference data; they are not edited through this console.',
});
