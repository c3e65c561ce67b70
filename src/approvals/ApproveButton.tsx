// Approve a four-eyes request (R-DEP-13). The requester sees the button disabled with the rule;
// if the API is asked anyway it answers 403 and the dialog shows that message.
import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import { Button, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Approval } from '../domain';
import { useFormatMoney } from '../deposit-accounts/money';
import { usePlatformSettings } from '../deposit-accounts/useSettings';
import { DecisionDialog } from './DecisionDialog';
import { useDecisionBlock } from './useDecision';

export const ApproveButton = (_: { label?: string }) => {
    const approval = useRecordContext<Approval>();
    const translate = useTranslate();
    const format = useFormatMoney();
    const settings = usePlatformSettings();
    const block = useDecisionBlock(approval);
    const [open, setOpen] = useState(false);
    if (!approval || block === 'not_pending' || block === 'role') return null;
    const reason = block === 'own_request' ? translate('approvals.own_request') : block === 'supervisor_only' ? translate('approvals.supervisor_only') : '';
    const kind = translate(`approvals.kinds.${approval.kind}`);
    const amount = format(approval.amount, approval.currency);
    return (
        <>
            <Tooltip title={reason}>
                <span>
                    <Button
                        size="small"
                        variant="contained"
                        color="success"
                        startIcon={<CheckIcon />}
                        disabled={!!block}
                        aria-describedby={block ? `block-${approval.id}` : undefined}
                        onClick={e => {
                            e.stopPropagation();
                            setOpen(true);
                        }}
                    >
                        {translate('approvals.approve.button')}
                    </Button>
                </span>
            </Tooltip>
            {open && (
                <DecisionDialog
                    open={open}
                    onClose={() => setOpen(false)}
                    approval={approval}
                    action="approve"
                    title={translate('approvals.approve.title', { kind, amount })}
                    content={`${translate('approvals.approve.content', { kind })} ${approval.kind === 'refund' ? translate('approvals.approve.refund_content', { days: settings.refundPayoutDays }) : ''}`}
                    noteLabel={translate('approvals.approve.note')}
                    confirmLabel={translate('approvals.approve.button')}
                    color="success"
                    done={a => translate('approvals.approve.done', { entry: a.entryId })}
                />
            )}
        </>
    );
};
