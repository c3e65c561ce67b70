import type { Operator } from '../../src/domain';
import { resourceRoutes } from '../core/resource';

export const operatorRoutes = resourceRoutes<Operator>({
    name: 'operators',
    searchFields: ['username', 'name', 'nameEn', 'email'],
    readOnlyReason: 'Operators are managed by the identity system, not through this console.',
});
