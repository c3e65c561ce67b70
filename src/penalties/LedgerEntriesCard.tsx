import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney, type LedgerEntry, type Penalty } from '../domain';
import { SectionCard } from './SectionCard';

/** The deposit ledger entries this penalty posted or reversed (R-DEP-3, R-DEP-12). */
export const LedgerEntriesCard = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { data, isPending } = useGetList<LedgerEntry>(
        'ledger-entries',
        { filter: { penaltyId: record?.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'postedAt', order: 'ASC' } },
        { enabled: !!record },
    );
    if (!record) return null;
    return (
        <SectionCard title={translate('penalties.cards.ledger')}>
            {isPending ? (
                <Typography variant="body2">{translate('app.loading')}</Typography>
            ) : !data?.length ? (
                <Typography variant="body2" color="text.secondary">
                    {translate('penalties.ledger.none')}
                </Typography>
            ) : (
                <Table size="small">
                    <TableBody>
                        {data.map(e => (
                            <TableRow key={e.id}>
                                <TableCell>{e.id}</TableCell>
                                <TableCell>{e.type}</TableCell>
                                <TableCell align="right">{`${e.direction === 'debit' ? '−' : '+'}${formatMoney({ amount: e.amount, currency: e.currency }, locale)}`}</TableCell>
                                <TableCell>{e.postedAt.slice(0, 10)}</TableCell>
                                <TableCell>{e.note}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            )}
        </SectionCard>
    );
};
