// An account's ledger, newest first, with the running balance column (R-DEP-12) and the reverse action.
import { DateTimeField } from '../common/DateFields';
import { Card, CardContent, Typography } from '@mui/material';
import { Datagrid, FunctionField, ReferenceManyField, TextField, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { DepositAccount, LedgerEntry } from '../domain';
import { EntryDetailsField } from './EntryDetailsField';
import { EntryTypeField } from './EntryTypeField';
import { MoneyField } from './money';
import { OperatorField } from './OperatorField';
import { ReverseEntryButton } from './ReverseEntryButton';
import { ListPagination } from '../common/ListPagination';

export const LedgerTable = () => {
    const account = useRecordContext<DepositAccount>();
    const translate = useTranslate();
    const { data: reversals } = useGetList<LedgerEntry>(
        'ledger-entries',
        { filter: { accountId: account?.id, type: 'reversal' }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' } },
        { enabled: !!account },
    );
    if (!account) return null;
    const reversedBy = new Map((reversals ?? []).map(r => [String(r.reversesEntryId), String(r.id)]));
    return (
        <Card>
            <CardContent>
                <Typography variant="h6" gutterBottom>
                    {translate('deposits.ledger.title')}
                </Typography>
                <ReferenceManyField reference="ledger-entries" target="accountId" sort={{ field: 'id', order: 'DESC' }} perPage={25} pagination={<ListPagination rowsPerPageOptions={[25, 50, 100]} />}>
                    <Datagrid
                        bulkActionButtons={false}
                        rowClick={false}
                        empty={
                            <Typography color="text.secondary" sx={{ p: 2 }}>
                                {translate('deposits.ledger.empty')}
                            </Typography>
                        }
                    >
                        <TextField source="id" sx={{ whiteSpace: 'nowrap' }} />
                        <DateTimeField source="postedAt" />
                        <EntryTypeField label="resources.ledger-entries.fields.type" />
                        <MoneyField source="amount" signedBy="direction" label="resources.ledger-entries.fields.amount" />
                        <MoneyField source="balanceAfter" label="resources.ledger-entries.fields.balanceAfter" />
                        <EntryDetailsField label="resources.ledger-entries.fields.note" reversedBy={reversedBy} />
                        <OperatorField source="postedBy" label="resources.ledger-entries.fields.postedBy" />
                        <FunctionField label="" render={(e: LedgerEntry) => <ReverseEntryButton reversed={reversedBy.has(String(e.id))} accountClosed={account.status === 'closed'} />} />
                    </Datagrid>
                </ReferenceManyField>
            </CardContent>
        </Card>
    );
};
