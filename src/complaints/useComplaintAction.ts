// Calls POST /complaints/:id/<action> pessimistically (nothing shown as done before the server
// says so); answers the server's field errors so a dialog can show them beside its fields.
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { Complaint } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export interface ActionFailure {
    message: string;
    errors: Record<string, string>;
}

export const toFailure = (error: unknown): ActionFailure => {
    const e = error as { body?: { message?: string; errors?: Record<string, string> }; message?: string };
    return { message: e?.body?.message ?? e?.message ?? 'Request failed', errors: e?.body?.errors ?? {} };
};

export const useComplaintAction = (action: string, resource = 'complaints') => {
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const record = useRecordContext<Complaint>();
    const notify = useNotify();
    const refresh = useRefresh();
    const mutation = useMutation({
        mutationFn: ({ id, body }: { id: string; body: unknown }) => dataProvider.action(resource, id, action, body),
    });
    /** Runs the action; null on success, the failure otherwise (also notified). */
    const run = async (body: unknown, id = record?.id as string): Promise<ActionFailure | null> => {
        try {
            await mutation.mutateAsync({ id, body });
            notify('complaints.action.done', { type: 'success' });
            refresh();
            return null;
        } catch (error) {
            const failure = toFailure(error);
            notify(failure.message, { type: 'error' });
            return failure;
        }
    };
    return { run, isPending: mutation.isPending };
};
