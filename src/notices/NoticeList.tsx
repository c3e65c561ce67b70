// Notices centre (R-NOT-1, R-NOT-2): every notice sent to a merchant, by channel, with the
// time it counts as delivered.
import {
    Datagrid,
    DateInput,
    List,
    ReferenceField,
    ReferenceInput,
    AutocompleteInput,
    SearchInput,
    SelectField,
    SelectInput,
    TextField,
    useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { DateTimeField, EmptyState } from '../common';
import { channelChoices } from './noticeChannels';
import { NoticeKindField } from './NoticeKindField';
import { kindChoices } from './noticeKinds';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput source="q" alwaysOn key="q" />,
    <ReferenceInput source="merchantId" reference="merchants" key="merchantId">
        <AutocompleteInput optionText="nameZh" filterToQuery={q => ({ q })} />
    </ReferenceInput>,
    <SelectInput source="channel" choices={channelChoices} key="channel" />,
    <SelectInput source="kind" choices={kindChoices} key="kind" />,
    <DateInput source="sentAt_gte" key="sentAt_gte" />,
    <DateInput source="sentAt_lte" key="sentAt_lte" />,
];

const DeliveryRule = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mb: 1 }}>
            {translate('resources.notices.delivery_rule')}
        </Alert>
    );
};

const NoticesEmpty = () => {
    const translate = useTranslate();
    return <EmptyState description={translate('resources.notices.delivery_rule')} />;
};

export const NoticeList = () => (
    <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'sentAt', order: 'DESC' }} perPage={25} empty={<NoticesEmpty />}>
        <DeliveryRule />
        <Datagrid bulkActionButtons={false} rowClick="show">
            <DateTimeField source="sentAt" />
            <ReferenceField source="merchantId" reference="merchants" link="show">
                <TextField source="nameZh" />
            </ReferenceField>
            <NoticeKindField source="kind" />
            <SelectField source="channel" choices={channelChoices} />
            <TextField source="subject" />
            <DateTimeField source="deemedDeliveredAt" />
        </Datagrid>
    </List>
);

export default NoticeList;
