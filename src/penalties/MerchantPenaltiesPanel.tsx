// For the merchant page: the merchant's penalties with their status and measures, and a link to
// propose a new one with the merchant pre-filled. Usage: <MerchantPenaltiesPanel merchantId={id} />.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RecordContextProvider, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { groundLabel } from './groundLabel';
import { MeasureChips } from './MeasureChips';
import { PenaltyStatusChip } from './PenaltyStatusChip';
import { ProposePenaltyLink } from './ProposePenaltyLink';

export const MerchantPenaltiesPanel = ({ merchantId }: { merchantId: string }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { data, isPending, error } = useGetList<Penalty>('penalties', { filter: { merchantId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'proposedAt', order: 'DESC' } });
    return (
        <Stack gap={1}>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
                <Typography variant="subtitle1" component="h2">
                    {translate('resources.penalties.name', { smart_count: 2 })}
                </Typography>
                <ProposePenaltyLink merchantId={merchantId} />
            </Stack>
            {isPending ? (
                <Typography variant="body2">{translate('app.loading')}</Typography>
            ) : error ? (
                <Typography variant="body2" color="error">
                    {translate('app.error', { message: (error as Error).message })}
                </Typography>
            ) : !data?.length ? (
                <Typography variant="body2" color="text.secondary">
                    {translate('penalties.empty')}
                </Typography>
            ) : (
                <Table size="small">
                    <TableHead>
                        <TableRow>
                            <TableCell>{translate('resources.penalties.fields.id')}</TableCell>
                            <TableCell>{translate('resources.penalties.fields.ground')}</TableCell>
                            <TableCell>{translate('resources.penalties.fields.measures')}</TableCell>
                            <TableCell>{translate('resources.penalties.fields.status')}</TableCell>
                            <TableCell>{translate('resources.penalties.fields.endsOn')}</TableCell>
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {data.map(p => (
                            <RecordContextProvider key={p.id} value={p}>
                                <TableRow>
                                    <TableCell>
                                        <Link href={`#/penalties/${encodeURIComponent(p.id)}/show`}>{p.id}</Link>
                                    </TableCell>
                                    <TableCell>{groundLabel(p.ground, locale)}</TableCell>
                                    <TableCell>
                                        <MeasureChips />
                                    </TableCell>
                                    <TableCell>
                                        <PenaltyStatusChip />
                                    </TableCell>
                                    <TableCell>{p.endsOn ?? translate('penalties.permanent')}</TableCell>
                                </TableRow>
                            </RecordContextProvider>
                        ))}
                    </TableBody>
                </Table>
            )}
        </Stack>
    );
};
