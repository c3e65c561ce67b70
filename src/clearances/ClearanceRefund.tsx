// After clearance the deposit refund follows R-DEP-7: the deposit account's eligibility panel
// (from the deposits capability), with its "Request refund" action when every condition holds.
import Link from '@mui/material/Link';
import { RecordContextProvider, useGetList, useRecordContext } from 'react-admin';
import { RefundEligibilityPanel } from '../deposit-accounts/RefundEligibilityPanel';
import type { DepositAccount } from '../domain';
import type { ClearanceRecord } from './types';

export const ClearanceRefund = () => {
    const record = useRecordContext<ClearanceRecord>();
    const { data } = useGetList<DepositAccount>('deposit-accounts', { filter: { merchantId: record?.merchantId }, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' } }, { enabled: !!record });
    const account = data?.find(a => a.currency === record?.currency) ?? data?.[0];
    if (!record || !account) return null;
    return (
        <RecordContextProvider value={account}>
            <Link href={`#/deposit-accounts/${encodeURIComponent(account.id)}/show`} sx={{ display: 'inline-block', mb: 1 }}>
                {account.id}
            </Link>
            <RefundEligibilityPanel />
        </RecordContextProvider>
    );
};
