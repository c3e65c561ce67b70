import EventIcon from '@mui/icons-material/Event';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { addDays, canComplaint, canRole, DEFAULT_SETTINGS, type Complaint, type Settings } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole, useServerToday } from './useServerToday';

/** R-CMP-4: send the complaint to the accused merchant with a response deadline (or extend it). */
export const SetDeadlineButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const today = useServerToday();
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    const { run } = useComplaintAction('set-deadline');
    if (!record || !canRole(role, 'complaints', 'set-deadline') || !canComplaint(record.status, 'set_deadline')) return null;
    const extend = !!record.responseDeadline;
    const days = settings?.complaintResponseDays ?? DEFAULT_SETTINGS.complaintResponseDays;
    return (
        <ActionDialogButton
            key={today}
            label={translate(extend ? 'complaints.action.extend_deadline' : 'complaints.action.set_deadline')}
            icon={<EventIcon />}
            variant={extend ? 'outlined' : 'contained'}
            help={translate('complaints.action.set_deadline_help')}
            fields={[{ name: 'deadline', label: translate('complaints.action.deadline'), type: 'date', required: true, defaultValue: addDays(today, days) }]}
            onSubmit={values => run({ deadline: values.deadline })}
        />
    );
};
