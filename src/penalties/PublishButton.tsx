import CampaignIcon from '@mui/icons-material/Campaign';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { ActionDialogButton } from './ActionDialogButton';
import { useMe } from './useMe';

/** Publish or withdraw the public notice (R-PEN-8). */
export const PublishButton = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const me = useMe();
    if (!record || !me.can('penalties', 'publish')) return null;
    const next = !record.publish;
    // Withdrawing is always possible; publishing only while proposed or active (R-PEN-8).
    if (next && record.status !== 'proposed' && record.status !== 'active') return null;
    return (
        <ActionDialogButton
            resource="penalties"
            id={record.id}
            action="publish"
            label={translate(next ? 'penalties.actions.publish' : 'penalties.actions.unpublish')}
            title={translate(next ? 'penalties.actions.publish_title' : 'penalties.actions.unpublish_title', { id: record.id })}
            content={next ? translate('penalties.actions.publish_content') : undefined}
            icon={<CampaignIcon />}
            color="inherit"
            body={() => ({ publish: next })}
            successMessage={() => translate(next ? 'penalties.publication.on' : 'penalties.actions.unpublish')}
        />
    );
};
