// Small fields of an approval line: kind, status, the rule that blocks me, payout state.
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Approval } from '../domain';
import { useDecisionBlock } from './useDecision';

export const ApprovalKindField = (_: { label?: string }) => {
    const a = useRecordContext<Approval>();
    const translate = useTranslate();
    if (!a) return null;
    return <Chip size="small" variant="outlined" color={a.kind === 'refund' ? 'info' : 'error'} label={translate(`approvals.kinds.${a.kind}`)} />;
};

export const ApprovalStatusField = (_: { label?: string }) => {
    const a = useRecordContext<Approval>();
    const translate = useTranslate();
    if (!a) return null;
    return (
        <Stack spacing={0.5} alignItems="flex-start">
            <Chip size="small" color={a.status === 'pending' ? 'warning' : a.status === 'approved' ? 'success' : 'default'} label={translate(`approvals.statuses.${a.status}`)} />
            {a.payoutOverdue && <Chip size="small" color="error" label={translate('approvals.payout_overdue')} />}
            {a.paidOutAt && (
                <Typography variant="caption" color="text.secondary">
                    {translate('approvals.paid', { date: a.paidOutAt.slice(0, 10) })}
                </Typography>
            )}
        </Stack>
    );
};

/** Why I cannot decide this request (R-DEP-13 / R-DEP-10), shown beside the disabled button. */
export const DecisionBlockField = (_: { label?: string }) => {
    const a = useRecordContext<Approval>();
    const translate = useTranslate();
    const block = useDecisionBlock(a);
    if (block !== 'own_request' && block !== 'supervisor_only') return null;
    return (
        <Typography id={`block-${a!.id}`} variant="caption" color="text.secondary" sx={{ display: 'block', maxWidth: 260 }}>
            {translate(block === 'own_request' ? 'approvals.own_request' : 'approvals.supervisor_only')}
        </Typography>
    );
};
