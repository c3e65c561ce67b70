import { Typography } from '@mui/material';
import { Datagrid, FunctionField, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { ChinaDateField } from '../format';
import type { Notice } from '../../domain';
import { ListPagination } from '../../common/ListPagination';

export const NoticesTab = () => {
    const translate = useTranslate();
    return (
        <ReferenceManyField reference="notices" target="merchantId" sort={{ field: 'sentAt', order: 'DESC' }} perPage={10} pagination={<ListPagination />}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">{translate('merchants.notices.empty')}</Typography>}>
                <ChinaDateField source="sentAt" showTime label="merchants.notices.sent_at" />
                <FunctionField label="merchants.notices.channel_label" render={(n: Notice) => translate(`merchants.notices.channel.${n.channel}`)} />
                <TextField source="subject" label="merchants.notices.subject" />
                <TextField source="content" label="merchants.notices.content" />
                <ChinaDateField source="deemedDeliveredAt" showTime label="merchants.notices.deemed" />
            </Datagrid>
        </ReferenceManyField>
    );
};
