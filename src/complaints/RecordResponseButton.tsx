import ReplyIcon from '@mui/icons-material/Reply';
import { useRecordContext, useTranslate } from 'react-admin';
import { canComplaint, canRole, MIN_REASON_LENGTH, type Complaint } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** R-CMP-4: the accused merchant's response (its files go in as merchant evidence). */
export const RecordResponseButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('record-response');
    if (!record || !canRole(role, 'complaints', 'record-response') || !canComplaint(record.status, 'record_response')) return null;
    return (
        <ActionDialogButton
            label={translate('complaints.action.record_response')}
            icon={<ReplyIcon />}
            help={translate('complaints.action.record_response_help')}
            fields={[{ name: 'statement', label: translate('complaints.action.statement'), type: 'multiline', required: true, minLength: MIN_REASON_LENGTH }]}
            onSubmit={values => run({ statement: values.statement })}
        />
    );
};
