import RateReviewIcon from '@mui/icons-material/RateReview';
import { useTranslate } from 'react-admin';
import { canRole, type Evidence } from '../domain';
import { ActionDialogButton } from '../complaints/ActionDialogButton';
import { useComplaintAction } from '../complaints/useComplaintAction';
import { useRole } from '../complaints/useServerToday';

/** R-CMP-6: plain-sense review of one evidence item: accepted, doubtful or forged, with a note. */
export const ReviewEvidenceButton = ({ evidence, open }: { evidence: Evidence; open: boolean }) => {
    const translate = useTranslate();
    const role = useRole();
    const { run } = useComplaintAction('review', 'evidence');
    if (!open || !canRole(role, 'evidence', 'review')) return null;
    return (
        <ActionDialogButton
            label={translate('evidence.review')}
            icon={<RateReviewIcon />}
            variant="text"
            title={translate('evidence.review_title')}
            help={translate('evidence.review_help')}
            fields={[
                {
                    name: 'verdict',
                    label: translate('resources.evidence.fields.verdict'),
                    type: 'select',
                    required: true,
                    defaultValue: evidence.verdict === 'pending' ? 'accepted' : evidence.verdict,
                    options: (['accepted', 'doubtful', 'forged'] as const).map(v => ({ value: v, label: translate(`evidence.verdict.${v}`) })),
                },
                { name: 'note', label: translate('evidence.note'), type: 'multiline', defaultValue: evidence.reviewerNote },
            ]}
            onSubmit={values => run({ verdict: values.verdict, note: values.note }, evidence.id)}
        />
    );
};
