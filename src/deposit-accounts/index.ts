import { lazy } from 'react';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';

export { MerchantDepositTab } from './MerchantDepositTab';

export default {
    name: 'deposit-accounts',
    list: lazy(() => import('./DepositAccountList')),
    show: lazy(() => import('./DepositAccountShow')),
    icon: AccountBalanceWalletIcon,
    recordRepresentation: 'id',
};
