// Record that an approved refund was paid out (R-DEP-7).
import { useState } from 'react';
import PaidIcon from '@mui/icons-material/Paid';
import { Button } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canRole, type Approval } from '../domain';
import { useFormatMoney } from '../deposit-accounts/money';
import { DecisionDialog } from './DecisionDialog';

export const MarkPaidButton = (_: { label?: string }) => {
    const approval = useRecordContext<Approval>();
    const translate = useTranslate();
    const format = useFormatMoney();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    if (!approval || approval.kind !== 'refund' || approval.status !== 'approved' || approval.paidOutAt || !canRole(permissions, 'approvals', 'mark-paid')) return null;
    return (
        <>
            <Button
                size="small"
                startIcon={<PaidIcon />}
                onClick={e => {
                    e.stopPropagation();
                    setOpen(true);
                }}
            >
                {translate('approvals.mark_paid.button')}
            </Button>
            {open && (
                <DecisionDialog
                    open={open}
                    onClose={() => setOpen(false)}
                    approval={approval}
                    action="mark-paid"
                    title={translate('approvals.mark_paid.title')}
                    content={translate('approvals.mark_paid.content', { amount: format(approval.amount, approval.currency) })}
                    confirmLabel={translate('approvals.mark_paid.button')}
                    color="primary"
                    done={() => translate('approvals.mark_paid.done')}
                />
            )}
        </>
    );
};
