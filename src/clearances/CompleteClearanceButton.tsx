import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { Settings } from '../domain';
import { ActionDialogButton } from '../penalties/ActionDialogButton';
import { useMe } from '../penalties/useMe';
import type { ClearanceRecord } from './types';

/** Close the merchant once every checklist item is clear (R-PEN-9). */
export const CompleteClearanceButton = () => {
    const record = useRecordContext<ClearanceRecord>();
    const translate = useTranslate();
    const me = useMe();
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    if (!record || record.status !== 'in_clearance' || !me.can('clearances', 'complete')) return null;
    return (
        <ActionDialogButton
            resource="clearances"
            id={record.id}
            action="complete"
            label={translate('clearances.complete')}
            title={translate('clearances.complete_title', { name: record.merchantName })}
            content={translate('clearances.complete_content', { months: settings?.refundQuietMonths ?? 3 })}
            icon={<DoneAllIcon />}
            color="error"
            disabled={!record.complete}
            body={() => ({})}
            successMessage={() => translate('clearances.completed')}
        />
    );
};
