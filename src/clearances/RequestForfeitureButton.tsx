import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../penalties/ActionDialogButton';
import { NoteField } from '../penalties/NoteField';
import { useMe } from '../penalties/useMe';
import type { ClearanceRecord } from './types';

/** R-DEP-10: the supervisor requests forfeiture; a second person approves it (R-DEP-13). */
export const RequestForfeitureButton = () => {
    const record = useRecordContext<ClearanceRecord>();
    const translate = useTranslate();
    const me = useMe();
    const [note, setNote] = useState('');
    if (!record || !record.terminationPenaltyId || record.forfeitureApprovalId || !me.can('clearances', 'request-forfeiture')) return null;
    return (
        <ActionDialogButton
            resource="clearances"
            id={record.id}
            action="request-forfeiture"
            label={translate('clearances.forfeit')}
            title={translate('clearances.forfeit_title')}
            content={record.forfeitable ? translate('clearances.forfeit_content') : translate('clearances.forfeit_not_allowed')}
            icon={<MoneyOffIcon />}
            color="warning"
            disabled={!record.forfeitable}
            onOpen={() => setNote('')}
            body={() => ({ note })}
            successMessage={(d: ClearanceRecord) => translate('clearances.forfeit_requested', { id: d.forfeitureApprovalId ?? '' })}
        >
            <NoteField value={note} onChange={setNote} label={translate('clearances.note')} />
        </ActionDialogButton>
    );
};
