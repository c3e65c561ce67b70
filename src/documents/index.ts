import DescriptionIcon from '@mui/icons-material/Description';
import { lazy } from 'react';
import type { MerchantDocument } from '../domain';

// Documents are reached from the merchant page (licence tab); no list of their own.
export default {
    name: 'documents',
    edit: lazy(() => import('./DocumentEdit')),
    create: lazy(() => import('./DocumentCreate')),
    icon: DescriptionIcon,
    recordRepresentation: (d: MerchantDocument) => d.title,
};
