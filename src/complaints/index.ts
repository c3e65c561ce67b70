import { lazy } from 'react';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { Complaint } from '../domain';

export default {
    name: 'complaints',
    list: lazy(() => import('./ComplaintList')),
    show: lazy(() => import('./ComplaintShow')),
    create: lazy(() => import('./ComplaintCreate')),
    icon: ReportProblemIcon,
    recordRepresentation: (c: Complaint) => c.number,
};
