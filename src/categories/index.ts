import CategoryIcon from '@mui/icons-material/Category';
import { lazy } from 'react';
import type { Category } from '../domain';

export default {
    name: 'categories',
    list: lazy(() => import('./CategoryList')),
    icon: CategoryIcon,
    recordRepresentation: (c: Category) => `${c.code} · ${c.nameEn}`,
};
