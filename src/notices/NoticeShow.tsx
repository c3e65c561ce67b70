import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common';
import { channelChoices } from './noticeChannels';
import { NoticeKindField } from './NoticeKindField';

export const NoticeShow = () => (
    <Show>
        <SimpleShowLayout>
            <ReferenceField source="merchantId" reference="merchants" link="show">
                <TextField source="nameZh" />
            </ReferenceField>
            <NoticeKindField source="kind" />
            <SelectField source="channel" choices={channelChoices} />
            <TextField source="subject" />
            <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
            <DateTimeField source="sentAt" />
            <DateTimeField source="deemedDeliveredAt" />
            <ReferenceField source="sentBy" reference="operators" emptyText="system">
                <TextField source="name" />
            </ReferenceField>
            <TextField source="resource" />
            <TextField source="recordId" />
        </SimpleShowLayout>
    </Show>
);

export default NoticeShow;
