// The deposit tab of the merchant page: the merchant's accounts with their derived figures and
// latest entries. Embed it in the merchant Show: <MerchantDepositTab /> (reads the merchant from
// the record context) or <MerchantDepositTab merchantId="m-00001" />.
import { DateTimeField } from '../common/DateFields';
import { Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Datagrid, ListContextProvider, RecordContextProvider, TextField, useGetList, useList, useRecordContext, useTranslate } from 'react-admin';
import type { DepositAccount, LedgerEntry, Merchant } from '../domain';
import { AccountSummary } from './AccountSummary';
import { EntryDetailsField } from './EntryDetailsField';
import { EntryTypeField } from './EntryTypeField';
import { MoneyField } from './money';
import { PostEntryButton } from './PostEntryButton';

const LatestEntries = ({ account }: { account: DepositAccount }) => {
    const { data, isPending } = useGetList<LedgerEntry>('ledger-entries', { filter: { accountId: account.id }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 10 } });
    const listContext = useList({ data: data ?? [], isPending });
    return (
        <ListContextProvider value={listContext}>
            <Datagrid bulkActionButtons={false} rowClick={false} resource="ledger-entries">
                <TextField source="id" sx={{ whiteSpace: 'nowrap' }} />
                <DateTimeField source="postedAt" />
                <EntryTypeField label="resources.ledger-entries.fields.type" />
                <MoneyField source="amount" signedBy="direction" label="resources.ledger-entries.fields.amount" />
                <MoneyField source="balanceAfter" label="resources.ledger-entries.fields.balanceAfter" />
                <EntryDetailsField label="resources.ledger-entries.fields.note" />
            </Datagrid>
        </ListContextProvider>
    );
};

export const MerchantDepositTab = ({ merchantId }: { merchantId?: string }) => {
    const merchant = useRecordContext<Merchant>();
    const id = merchantId ?? merchant?.id;
    const translate = useTranslate();
    const { data, isPending } = useGetList<DepositAccount>('deposit-accounts', { filter: { merchantId: id }, pagination: { page: 1, perPage: 5 }, sort: { field: 'currency', order: 'ASC' } }, { enabled: !!id });
    if (!id || isPending) return <CircularProgress size={24} />;
    if (!data?.length)
        return (
            <Card variant="outlined">
                <CardContent>
                    <Typography color="text.secondary">{translate('deposits.tab.none')}</Typography>
                </CardContent>
            </Card>
        );
    return (
        <Stack spacing={2}>
            {data.map(account => (
                <RecordContextProvider key={account.id} value={account}>
                    <AccountSummary />
                    <Stack direction="row" spacing={1}>
                        <Button component={Link} to={`/deposit-accounts/${account.id}/show`} variant="outlined" size="small">
                            {translate('deposits.tab.open')}
                        </Button>
                        <PostEntryButton account={account} variant="outlined" />
                    </Stack>
                    <LatestEntries account={account} />
                </RecordContextProvider>
            ))}
        </Stack>
    );
};

export default MerchantDepositTab;
