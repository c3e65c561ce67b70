import { lazy } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';

export default {
    name: 'approvals',
    list: lazy(() => import('./ApprovalList')),
    icon: FactCheckIcon,
    recordRepresentation: 'id',
};
