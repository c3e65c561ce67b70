import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';
import type { Penalty } from '../domain';

export default {
    name: 'penalties',
    list: lazy(() => import('./PenaltyList')),
    show: lazy(() => import('./PenaltyShow')),
    create: lazy(() => import('./PenaltyCreate')),
    icon: GavelIcon,
    recordRepresentation: (p: Penalty) => `${p.id} · ${p.merchantName ?? p.merchantId}`,
};
