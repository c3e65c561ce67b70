import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { liftRefusal, type Penalty } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { NoteField } from './NoteField';
import { useMe } from './useMe';

/** Lift an active penalty early; reverses its deductions. Permanent ones: supervisor only. */
export const LiftButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    const [note, setNote] = useState('');
    if (!record || record.status !== 'active' || !me.can('penalties', 'lift') || !me.role || liftRefusal(record, me.role)) return null;
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="lift"
            label={translate('penalties.actions.lift')}
            title={translate('penalties.actions.lift_title', { id: record.id })}
            content={translate('penalties.actions.lift_content')}
            icon={<LockOpenIcon />}
            color="success"
            onOpen={() => setNote('')}
            body={() => ({ note })}
            successMessage={d => translate('penalties.actions.done', { id: record.id, status: translate(`penalties.status.${d.status}`) })}
        >
            <NoteField value={note} onChange={setNote} />
        </ActionDialogButton>
    );
};
