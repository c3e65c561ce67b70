import { Button, Tooltip } from '@mui/material';
import PolicyIcon from '@mui/icons-material/Policy';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { canRole, offersPenaltyProposal, type Complaint } from '../domain';
import { useRole } from './useServerToday';

/** R-CMP-8: opens the penalty form pre-filled with this complaint as the ground. */
export const penaltyCreatePath = (c: Pick<Complaint, 'id' | 'number' | 'merchantId' | 'type'>) =>
    `/penalties/create?source=${encodeURIComponent(
        JSON.stringify({ ground: { kind: 'complaint', complaintId: c.id, ruleId: 'R-CMP-8', description: `Complaint ${c.number} upheld (${c.type.replace(/_/g, ' ')})` }, merchantId: c.merchantId }),
    )}`;

export const ProposePenaltyButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const role = useRole();
    if (!record || !canRole(role, 'penalties', 'create') || !offersPenaltyProposal(record)) return null;
    return (
        <Tooltip title={translate('complaints.action.propose_penalty_help')}>
            <Button component={Link} to={penaltyCreatePath(record)} variant="outlined" color="error" startIcon={<PolicyIcon />}>
                {translate('complaints.action.propose_penalty')}
            </Button>
        </Tooltip>
    );
};
