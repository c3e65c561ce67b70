import BalanceIcon from '@mui/icons-material/Balance';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { NoteField } from './NoteField';
import { useMe } from './useMe';

/** Decide a pending appeal, by someone other than the proposer (R-PEN-7). */
export const DecideAppealButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    const [outcome, setOutcome] = useState<'upheld' | 'overturned'>('upheld');
    const [note, setNote] = useState('');
    if (!record || record.appeal?.status !== 'pending' || !me.can('penalties', 'decide-appeal') || me.id === record.proposedBy) return null;
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="decide-appeal"
            label={translate('penalties.actions.decide_appeal')}
            title={translate('penalties.actions.decide_title', { id: record.id })}
            content={translate('penalties.actions.overturn_content')}
            icon={<BalanceIcon />}
            color="warning"
            onOpen={() => {
                setOutcome('upheld');
                setNote('');
            }}
            body={() => ({ outcome, note })}
            successMessage={d => translate('penalties.actions.done', { id: record.id, status: translate(`penalties.status.${d.status}`) })}
        >
            <RadioGroup value={outcome} onChange={e => setOutcome(e.target.value as 'upheld' | 'overturned')} sx={{ mb: 2 }} aria-label={translate('penalties.actions.outcome')}>
                <FormControlLabel value="upheld" control={<Radio />} label={translate('penalties.actions.outcome_upheld')} />
                <FormControlLabel value="overturned" control={<Radio />} label={translate('penalties.actions.outcome_overturned')} />
            </RadioGroup>
            <NoteField value={note} onChange={setNote} />
        </ActionDialogButton>
    );
};
