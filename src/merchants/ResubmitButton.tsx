// The merchant's resubmission after a request for information (recorded by compliance in the demo).
import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, type HttpError } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { canTransition, REGISTRATION_TRANSITIONS, type Merchant } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const ResubmitButton = () => {
    const record = useRecordContext<Merchant>();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const { mutate, isPending } = useMutation({
        mutationFn: () => dataProvider.action('merchants', record!.id, 'resubmit', {}),
        onSuccess: () => {
            setOpen(false);
            notify('merchants.decisions.resubmitted', { type: 'success' });
            refresh();
        },
        onError: (e: HttpError) => notify(e.message, { type: 'error' }),
    });
    if (!record || !canTransition(REGISTRATION_TRANSITIONS, record.status, 'resubmit')) return null;
    return (
        <>
            <Button label="merchants.decisions.resubmit" onClick={() => setOpen(true)}>
                <ReplayIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={isPending}
                title="merchants.decisions.resubmit_title"
                content="merchants.decisions.resubmit_content"
                onConfirm={() => mutate()}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
