// Reject a four-eyes request (R-DEP-13): a note is required; nothing is posted.
import { useState } from 'react';
import CloseIcon from '@mui/icons-material/Close';
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Approval } from '../domain';
import { DecisionDialog } from './DecisionDialog';
import { useDecisionBlock } from './useDecision';

export const RejectButton = (_: { label?: string }) => {
    const approval = useRecordContext<Approval>();
    const translate = useTranslate();
    const block = useDecisionBlock(approval);
    const [open, setOpen] = useState(false);
    if (!approval || block !== null) return null;
    return (
        <>
            <Button
                size="small"
                color="error"
                startIcon={<CloseIcon />}
                onClick={e => {
                    e.stopPropagation();
                    setOpen(true);
                }}
            >
                {translate('approvals.reject.button')}
            </Button>
            {open && (
                <DecisionDialog
                    open={open}
                    onClose={() => setOpen(false)}
                    approval={approval}
                    action="reject"
                    title={translate('approvals.reject.title')}
                    content={translate('approvals.reject.content')}
                    noteLabel={translate('approvals.reject.note')}
                    noteRequired
                    confirmLabel={translate('approvals.reject.button')}
                    color="error"
                    done={() => translate('approvals.reject.done')}
                />
            )}
        </>
    );
};
