import { lazy } from 'react';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';

export default {
    name: 'ledger-entries',
    list: lazy(() => import('./LedgerEntryList')),
    icon: ReceiptLongIcon,
    recordRepresentation: 'id',
};
