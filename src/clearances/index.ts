import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { lazy } from 'react';

export default {
    name: 'clearances',
    list: lazy(() => import('./ClearanceList')),
    show: lazy(() => import('./ClearanceShow')),
    icon: AssignmentTurnedInIcon,
    recordRepresentation: 'merchantName',
};
