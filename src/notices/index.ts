import { lazy } from 'react';
import MailOutlineIcon from '@mui/icons-material/MailOutline';

export default {
    name: 'notices',
    list: lazy(() => import('./NoticeList')),
    show: lazy(() => import('./NoticeShow')),
    icon: MailOutlineIcon,
    recordRepresentation: 'subject',
};
