import ClearIcon from '@mui/icons-material/Clear';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../penalties/ActionDialogButton';
import { NoteField } from '../penalties/NoteField';
import type { PenaltySuggestionRecord } from './types';

/** Dismiss with a reason: recorded, audited and not shown again. */
export const DismissSuggestionButton = () => {
    const record = useRecordContext<PenaltySuggestionRecord>();
    const translate = useTranslate();
    const [reason, setReason] = useState('');
    if (!record) return null;
    return (
        <span onClick={e => e.stopPropagation()}>
            <ActionDialogButton
                resource="penalty-suggestions"
                id={record.id}
                action="dismiss"
                label={translate('suggestions.dismiss')}
                title={translate('suggestions.dismiss_title')}
                content={translate('suggestions.dismiss_content')}
                icon={<ClearIcon />}
                color="inherit"
                onOpen={() => setReason('')}
                body={() => ({ reason })}
                successMessage={() => translate('suggestions.dismissed')}
            >
                <NoteField value={reason} onChange={setReason} label={translate('suggestions.reason')} />
            </ActionDialogButton>
        </span>
    );
};
