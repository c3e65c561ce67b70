import ReportIcon from '@mui/icons-material/Report';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, mayMarkMalicious, MIN_REASON_LENGTH, type Complaint } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** R-CMP-9: a complaint proven untrue that harmed someone makes the complainant liable. */
export const MarkMaliciousButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('mark-malicious');
    if (!record || !canRole(role, 'complaints', 'mark-malicious') || !mayMarkMalicious(record)) return null;
    return (
        <ActionDialogButton
            label={translate('complaints.action.mark_malicious')}
            icon={<ReportIcon />}
            color="warning"
            help={translate('complaints.action.mark_malicious_help')}
            fields={[{ name: 'note', label: translate('complaints.action.note'), type: 'multiline', required: true, minLength: MIN_REASON_LENGTH }]}
            onSubmit={values => run({ note: values.note })}
        />
    );
};
