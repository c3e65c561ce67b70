import EditNoteIcon from '@mui/icons-material/EditNote';
import { lazy } from 'react';

export default {
    name: 'change-reports',
    list: lazy(() => import('./ChangeReportList')),
    show: lazy(() => import('./ChangeReportShow')),
    icon: EditNoteIcon,
};
