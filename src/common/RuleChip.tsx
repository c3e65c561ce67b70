// Shows a rule ID of RULES.md with its explanation in a tooltip, so an operator can see why
// something is allowed or refused. Explanations are translation keys `rules.<ID>` (see
// src/i18n/rules.ts; add yours there or in your resource's i18n.ts under `rules`).
// <RuleChip id="R-DEP-5" />  or  <RuleChip id="R-DEP-5" explanation="…already translated…" />
import { Chip, Tooltip } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useTranslate } from 'react-admin';

export interface RuleChipProps {
    id: string;
    explanation?: string;
    size?: 'small' | 'medium';
}

export const useRuleExplanation = (id: string) => {
    const translate = useTranslate();
    return translate(`rules.${id}`, { _: '' });
};

export const RuleChip = ({ id, explanation, size = 'small' }: RuleChipProps) => {
    const text = useRuleExplanation(id);
    const title = explanation ?? text;
    const chip = (
        <Chip
            icon={<GavelIcon />}
            label={id}
            size={size}
            variant="outlined"
            tabIndex={0}
            aria-label={title ? `${id}: ${title}` : id}
            sx={{ fontFamily: 'monospace' }}
        />
    );
    return title ? (
        <Tooltip title={title} describeChild>
            {chip}
        </Tooltip>
    ) : (
        chip
    );
};

/** A rule ID followed by its explanation in plain text, for help text under a field. */
export const RuleHint = ({ id, explanation }: { id: string; explanation?: string }) => {
    const text = useRuleExplanation(id);
    return (
        <span>
            <strong style={{ fontFamily: 'monospace' }}>{id}</strong>
            {explanation ?? text ? ` · ${explanation ?? text}` : ''}
        </span>
    );
};
