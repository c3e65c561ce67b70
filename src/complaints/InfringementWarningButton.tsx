import WarningIcon from '@mui/icons-material/Warning';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, MAX_SUSPENSION_DAYS, MIN_REASON_LENGTH, mayWarnInfringement, type Complaint } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** R-CMP-10: an infringement notice leads to a warning and a temporary suspension (notified, R-NOT-1). */
export const InfringementWarningButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('infringement-warning');
    if (!record || !canRole(role, 'complaints', 'infringement') || !mayWarnInfringement(record)) return null;
    return (
        <ActionDialogButton
            label={translate('complaints.action.warn')}
            icon={<WarningIcon />}
            color="warning"
            help={translate('complaints.action.warn_help')}
            fields={[
                { name: 'suspensionDays', label: translate('complaints.action.suspension_days'), type: 'number', required: true, defaultValue: 30, helperText: `1–${MAX_SUSPENSION_DAYS}` },
                { name: 'note', label: translate('complaints.action.warning_text'), type: 'multiline', required: true, minLength: MIN_REASON_LENGTH },
            ]}
            onSubmit={values => run({ suspensionDays: Number(values.suspensionDays), note: values.note })}
        />
    );
};
