import { DateField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { channelChoices } from './noticeChannels';

export const NoticeShow = () => (
    <Show>
        <SimpleShowLayout>
            <ReferenceField source="merchantId" reference="merchants" link="show">
                <TextField source="nameZh" />
            </ReferenceField>
            <TextField source="kind" />
            <SelectField source="channel" choices={channelChoices} />
            <TextField source="subject" />
            <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
            <DateField source="sentAt" showTime />
            <DateField source="deemedDeliveredAt" showTime />
            <ReferenceField source="sentBy" reference="operators" emptyText="system">
                <TextField source="name" />
            </ReferenceField>
            <TextField source="resource" />
            <TextField source="recordId" />
        </SimpleShowLayout>
    </Show>
);

export default NoticeShow;
