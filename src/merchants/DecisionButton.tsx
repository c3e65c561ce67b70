// One business action per registration decision kind (R-REG-9): opens the DecisionDialog,
// posts to /merchants/:id/decisions pessimistically and refreshes the page.
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import ThumbDownIcon from '@mui/icons-material/ThumbDown';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { allowedActions, blockingFailures, REGISTRATION_TRANSITIONS, type DecisionKind, type Merchant } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';
import { DecisionDialog } from './DecisionDialog';
import { useChecks } from './useChecks';

const ICONS: Record<DecisionKind, React.ReactElement> = {
    approve: <ThumbUpIcon />,
    reject: <ThumbDownIcon />,
    request_info: <HelpOutlineIcon />,
};

export const DecisionButton = ({ kind }: { kind: DecisionKind }) => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const queryClient = useQueryClient();
    const [open, setOpen] = useState(false);
    const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
    const { data: checks } = useChecks(record?.id);
    const { mutate, isPending } = useMutation({
        mutationFn: (input: { reasonCode: string; note: string }) => dataProvider.action('merchants', record!.id, 'decisions', { kind, ...input }),
        onSuccess: () => {
            setOpen(false);
            notify('merchants.decisions.done', { type: 'success' });
            void queryClient.invalidateQueries({ queryKey: ['merchants'] });
            refresh();
        },
        onError: (error: HttpError) => {
            setServerErrors((error.body as { errors?: Record<string, string> })?.errors ?? {});
            notify(error.message, { type: 'error', multiLine: true });
        },
    });
    if (!record || !allowedActions(REGISTRATION_TRANSITIONS, record.status).includes(kind)) return null;
    const blockedBy = blockingFailures(checks ?? []).map(c => `${translate(`merchants.checks.names.${c.id}`)} (${c.ruleId})`);
    return (
        <>
            <Button label={`merchants.decisions.${kind}`} onClick={() => { setServerErrors({}); setOpen(true); }} color={kind === 'reject' ? 'error' : 'primary'}>
                {ICONS[kind]}
            </Button>
            {open && (
                <DecisionDialog
                    open
                    kind={kind}
                    onClose={() => setOpen(false)}
                    onConfirm={input => mutate(input)}
                    pending={isPending}
                    serverErrors={serverErrors}
                    blockedBy={blockedBy}
                />
            )}
        </>
    );
};
