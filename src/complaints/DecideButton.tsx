import { useState } from 'react';
import { Button, Tooltip } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { canComplaint, canRole, type Complaint } from '../domain';
import { formatDateTime } from '../common';
import { DecisionDialog } from './DecisionDialog';
import { useComplaintAction } from './useComplaintAction';
import { useRole, useServerToday } from './useServerToday';

/** Decide or decline (R-CMP-3, R-CMP-7). While the merchant's deadline runs the API refuses a decision (declining stays possible): the tooltip says until when (R-CMP-4, R-CMP-5). */
export const DecideButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const role = useRole();
    const today = useServerToday();
    const [open, setOpen] = useState(false);
    const decide = useComplaintAction('decide');
    const decline = useComplaintAction('decline');
    if (!record || !canRole(role, 'complaints', 'decide') || !canComplaint(record.status, 'decide')) return null;
    const waiting = record.status === 'awaiting_response' && !record.deadlinePassed && !record.merchantRespondedAt;
    const button = (
        <span>
            <Button variant="contained" color="primary" startIcon={<GavelIcon />} onClick={() => setOpen(true)}>
                {translate('complaints.action.decide')}
            </Button>
        </span>
    );
    return (
        <>
            {waiting ? <Tooltip title={translate('complaints.action.decide_blocked', { date: formatDateTime(record.responseDeadline!, locale) })}>{button}</Tooltip> : button}
            {open && (
                <DecisionDialog
                    open={open}
                    onClose={() => setOpen(false)}
                    complaint={record}
                    today={today}
                    onSubmit={(kind, body) => (kind === 'decide' ? decide.run(body) : decline.run(body))}
                />
            )}
        </>
    );
};
