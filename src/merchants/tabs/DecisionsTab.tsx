import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ReferenceField, RecordContextProvider, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Merchant } from '../../domain';
import { useFormatters } from '../format';

export const DecisionsTab = () => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { dateTime } = useFormatters();
    if (!record) return null;
    if (!record.decisions.length) return <Typography color="text.secondary">{translate('merchants.decisions.empty')}</Typography>;
    return (
        <Table size="small" data-testid="decisions">
            <TableHead>
                <TableRow>
                    <TableCell>{translate('merchants.decisions.decidedAt')}</TableCell>
                    <TableCell>{translate('merchants.decisions.kind')}</TableCell>
                    <TableCell>{translate('merchants.decisions.reason_code')}</TableCell>
                    <TableCell>{translate('merchants.decisions.note')}</TableCell>
                    <TableCell>{translate('merchants.decisions.decidedBy')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {[...record.decisions].reverse().map(d => (
                    <TableRow key={d.id}>
                        <TableCell>{dateTime(d.decidedAt)}</TableCell>
                        <TableCell>{translate(`merchants.decisions.${d.kind}`)}</TableCell>
                        <TableCell>{translate(`merchants.decisions.reason_codes.${d.reasonCode}`)}</TableCell>
                        <TableCell>{d.note}</TableCell>
                        <TableCell>
                            <RecordContextProvider value={d}>
                                <ReferenceField source="decidedBy" reference="operators" link={false}>
                                    <TextField source="name" />
                                </ReferenceField>
                            </RecordContextProvider>
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
