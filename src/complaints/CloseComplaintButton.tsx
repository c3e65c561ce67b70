import ArchiveIcon from '@mui/icons-material/Archive';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, mayClose, type Complaint } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useComplaintAction } from './useComplaintAction';
import { useRole } from './useServerToday';

/** Closes a decided case once nothing is owed (R-CMP-7). */
export const CloseComplaintButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('close');
    if (!record || !canRole(role, 'complaints', 'close') || !mayClose(record)) return null;
    return <ActionDialogButton label={translate('complaints.action.close')} icon={<ArchiveIcon />} help={translate('complaints.action.close_help')} fields={[]} onSubmit={() => run({})} />;
};
