import PaidIcon from '@mui/icons-material/Paid';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, type Complaint } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** R-CMP-7: the merchant paid the compensation itself; no deduction needed. */
export const MarkPaidButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('mark-paid');
    if (!record || !canRole(role, 'complaints', 'mark-paid')) return null;
    if (record.status !== 'decided' || !record.decision?.compensation || record.compensationPaidAt || record.deductionEntryId || record.deductionApprovalId) return null;
    return (
        <ActionDialogButton
            label={translate('complaints.action.mark_paid')}
            icon={<PaidIcon />}
            color="success"
            help={translate('complaints.action.mark_paid_help')}
            fields={[{ name: 'note', label: translate('complaints.action.note'), type: 'multiline' }]}
            onSubmit={values => run({ note: values.note })}
        />
    );
};
