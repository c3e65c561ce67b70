import CloseIcon from '@mui/icons-material/Close';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { NoteField } from './NoteField';
import { useMe } from './useMe';

/** Reject a proposal with a reason (R-PEN-2). */
export const RejectButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    const [note, setNote] = useState('');
    if (!record || record.status !== 'proposed' || !me.can('penalties', 'reject')) return null;
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="reject"
            label={translate('penalties.actions.reject')}
            title={translate('penalties.actions.reject_title', { id: record.id })}
            icon={<CloseIcon />}
            color="inherit"
            onOpen={() => setNote('')}
            body={() => ({ note })}
            successMessage={d => translate('penalties.actions.done', { id: record.id, status: translate(`penalties.status.${d.status}`) })}
        >
            <NoteField value={note} onChange={setNote} />
        </ActionDialogButton>
    );
};
