// R-REG-12: activation sends the activation notice; refused by the API while conditions are unmet.
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Tooltip } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { canRole, type CategoryApplication } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const ActivateButton = (_: { label?: string }) => {
    const record = useRecordContext<CategoryApplication & { unmet?: string[]; overdue?: boolean }>();
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const queryClient = useQueryClient();
    const [open, setOpen] = useState(false);
    const { mutate, isPending } = useMutation({
        mutationFn: () => dataProvider.action('category-applications', record!.id, 'activate', {}),
        onSuccess: () => {
            setOpen(false);
            notify('category_applications.activated', { type: 'success' });
            void queryClient.invalidateQueries({ queryKey: ['category-applications'] });
            refresh();
        },
        onError: (e: HttpError) => {
            setOpen(false);
            notify(e.message, { type: 'error', multiLine: true });
        },
    });
    if (!record || record.status !== 'pending' || !canRole(permissions, 'category-applications', 'activate')) return null;
    const unmet = record.unmet ?? [];
    const button = (
        <span>
            <Button label="category_applications.activate" onClick={() => setOpen(true)} disabled={unmet.length > 0 || record.overdue}>
                <PlayCircleIcon />
            </Button>
        </span>
    );
    return (
        <>
            {unmet.length ? (
                <Tooltip title={translate('category_applications.unmet', { conditions: unmet.map(c => translate(`category_applications.conditions.${c}`)).join(', ') })}>{button}</Tooltip>
            ) : (
                button
            )}
            <Confirm
                isOpen={open}
                loading={isPending}
                title="category_applications.activate_title"
                content="category_applications.activate_content"
                onConfirm={() => mutate()}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
