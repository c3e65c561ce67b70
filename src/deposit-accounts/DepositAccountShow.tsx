// One deposit account: derived figures, refund eligibility, guarantee, ledger with running
// balance and the approvals of the account.
import { Grid, Stack } from '@mui/material';
import { ShowBase, TopToolbar, useRecordContext, useTranslate, Title } from 'react-admin';
import type { DepositAccount } from '../domain';
import { AuditTrailCard } from '../audit-log/AuditTrailCard';
import { AccountApprovals } from './AccountApprovals';
import { AccountSummary } from './AccountSummary';
import { GuaranteePanel } from './GuaranteePanel';
import { LedgerTable } from './LedgerTable';
import { PostEntryButton } from './PostEntryButton';
import { RefundEligibilityPanel } from './RefundEligibilityPanel';

const Actions = () => {
    const account = useRecordContext<DepositAccount>();
    return <TopToolbar>{account && <PostEntryButton account={account} />}</TopToolbar>;
};

const AccountTitle = () => {
    const account = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    return <Title title={account ? `${translate('resources.deposit-accounts.name', { smart_count: 1 })} ${account.id} · ${account.merchantName}` : ''} />;
};

export const DepositAccountShow = () => (
    <ShowBase>
        <AccountTitle />
        <Actions />
        <Stack spacing={2} sx={{ mb: 2 }}>
            <AccountSummary />
            <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 6 }}>
                    <RefundEligibilityPanel />
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                    <GuaranteePanel />
                </Grid>
            </Grid>
            <AccountApprovals />
            <LedgerTable />
            <AuditTrailCard resource="deposit-accounts" />
        </Stack>
    </ShowBase>
);

export default DepositAccountShow;
