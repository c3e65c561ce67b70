import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { lazy } from 'react';

export default {
    name: 'category-applications',
    list: lazy(() => import('./CategoryApplicationList')),
    icon: PlaylistAddCheckIcon,
};
