import StorefrontIcon from '@mui/icons-material/Storefront';
import { createElement, lazy, Suspense } from 'react';
import { Route } from 'react-router-dom';
import type { Merchant } from '../domain';

const ReviewQueue = lazy(() => import('./ReviewQueue'));

export default {
    name: 'merchants',
    list: lazy(() => import('./MerchantList')),
    show: lazy(() => import('./MerchantShow')),
    edit: lazy(() => import('./MerchantEdit')),
    icon: StorefrontIcon,
    recordRepresentation: (r: Merchant) => `${r.nameZh} · ${r.nameEn}`,
    // /merchants/queue: the review queue (issue 3 point 2).
    children: createElement(Route, { path: 'queue', element: createElement(Suspense, { fallback: null }, createElement(ReviewQueue)) }),
};
