import { lazy } from 'react';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';

// No re-exports here: App.tsx imports this file at startup, so whatever it re-exports would be
// loaded with the first page (bench/README.md). Import components from their own files.

export default {
    name: 'deposit-accounts',
    list: lazy(() => import('./DepositAccountList')),
    show: lazy(() => import('./DepositAccountShow')),
    icon: AccountBalanceWalletIcon,
    recordRepresentation: 'id',
};
