import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, MIN_REASON_LENGTH, type Complaint } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** R-CMP-10: restore the merchant if the review clears it, or keep it suspended. */
export const ReviewRestorationButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('restoration-review');
    if (!record || record.infringement?.restoration?.status !== 'pending' || !canRole(role, 'complaints', 'infringement')) return null;
    return (
        <ActionDialogButton
            label={translate('complaints.action.review_restoration')}
            icon={<FactCheckIcon />}
            variant="contained"
            help={translate('complaints.action.review_restoration_help')}
            fields={[
                {
                    name: 'outcome',
                    label: translate('complaints.action.outcome'),
                    type: 'select',
                    required: true,
                    defaultValue: 'restore',
                    options: [
                        { value: 'restore', label: translate('complaints.action.restore') },
                        { value: 'keep_suspended', label: translate('complaints.action.keep_suspended') },
                    ],
                },
                { name: 'note', label: translate('complaints.action.note'), type: 'multiline', required: true, minLength: MIN_REASON_LENGTH },
            ]}
            onSubmit={values => run({ outcome: values.outcome, note: values.note })}
        />
    );
};
