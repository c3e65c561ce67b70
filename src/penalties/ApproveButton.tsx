import CheckIcon from '@mui/icons-material/Check';
import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import { approvalRefusal, type Penalty } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useMe } from './useMe';
import { useOperatorNames } from './useOperatorNames';

/** Approve a proposal: a second person; the supervisor for permanent measures, closure, damages (R-PEN-2). */
export const ApproveButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    const nameOf = useOperatorNames();
    if (!record || record.status !== 'proposed' || !me.can('penalties', 'approve') || !me.id || !me.role) return null;
    const refusal = approvalRefusal(record, { id: me.id, role: me.role });
    if (refusal)
        return (
            <Typography variant="body2" color="text.secondary" data-testid="approve-refusal">
                {refusal.code === 'own_proposal'
                    ? translate('penalties.second_person', { name: nameOf(record.proposedBy) })
                    : translate('penalties.supervisor_needed', { reason: record.supervisorApprovalReason ?? '' })}
            </Typography>
        );
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="approve"
            label={translate('penalties.actions.approve')}
            title={translate('penalties.actions.approve_title', { id: record.id })}
            content={translate('penalties.actions.approve_content', { startsOn: record.startsOn })}
            icon={<CheckIcon />}
            color="error"
            body={() => ({})}
            successMessage={d => translate('penalties.actions.done', { id: record.id, status: translate(`penalties.status.${d.status}`) })}
        />
    );
};
