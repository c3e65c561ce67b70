import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { DateField, Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { ChangeReport } from '../domain';
import { ChangeReportStatusChip, LateChip } from './LateChip';
import { ReviewChangeReportButton } from './ReviewChangeReportButton';

const Actions = () => (
    <TopToolbar>
        <ReviewChangeReportButton decision="accept" />
        <ReviewChangeReportButton decision="reject" />
    </TopToolbar>
);

const ChangesTable = () => {
    const record = useRecordContext<ChangeReport>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Table size="small" data-testid="changes">
            <TableHead>
                <TableRow>
                    <TableCell>{translate('change_reports.field')}</TableCell>
                    <TableCell>{translate('change_reports.before')}</TableCell>
                    <TableCell>{translate('change_reports.after')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {record.changes.map(c => (
                    <TableRow key={c.field}>
                        <TableCell>{translate(`resources.merchants.fields.${c.field}`)}</TableCell>
                        <TableCell>{String(c.before ?? '—')}</TableCell>
                        <TableCell>{String(c.after ?? '—')}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

export const ChangeReportShow = () => (
    <Show actions={<Actions />}>
        <SimpleShowLayout>
            <ReferenceField source="merchantId" reference="merchants" link="show">
                <TextField source="nameZh" />
            </ReferenceField>
            <DateField source="changedOn" />
            <DateField source="reportedAt" showTime />
            <DateField source="reportDueDate" />
            <Labeled label="resources.change-reports.fields.late"><LateChip /></Labeled>
            <Labeled label="resources.change-reports.fields.status"><ChangeReportStatusChip /></Labeled>
            <Labeled label="resources.change-reports.fields.changes" fullWidth><ChangesTable /></Labeled>
            <TextField source="reviewNote" emptyText="—" />
            <DateField source="reviewedAt" showTime emptyText="—" />
        </SimpleShowLayout>
    </Show>
);
export default ChangeReportShow;
