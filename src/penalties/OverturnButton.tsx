import UndoIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { NoteField } from './NoteField';
import { useMe } from './useMe';

/** Overturn an active penalty on review, by someone other than its proposer (R-PEN-7). */
export const OverturnButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    const [note, setNote] = useState('');
    if (!record || record.status !== 'active' || !me.can('penalties', 'overturn') || me.id === record.proposedBy) return null;
    if (record.appeal?.status === 'pending') return null; // decided through the appeal
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="overturn"
            label={translate('penalties.actions.overturn')}
            title={translate('penalties.actions.overturn_title', { id: record.id })}
            content={translate('penalties.actions.overturn_content')}
            icon={<UndoIcon />}
            color="warning"
            onOpen={() => setNote('')}
            body={() => ({ note })}
            successMessage={d => translate('penalties.actions.done', { id: record.id, status: translate(`penalties.status.${d.status}`) })}
        >
            <NoteField value={note} onChange={setNote} />
        </ActionDialogButton>
    );
};
