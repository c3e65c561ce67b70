import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EvidenceVerdict } from '../domain';

const COLOR: Record<EvidenceVerdict, 'default' | 'success' | 'warning' | 'error'> = { pending: 'default', accepted: 'success', doubtful: 'warning', forged: 'error' };

export const VerdictChip = ({ verdict }: { verdict: EvidenceVerdict }) => {
    const translate = useTranslate();
    return <Chip size="small" color={COLOR[verdict]} variant={verdict === 'pending' ? 'outlined' : 'filled'} label={translate(`evidence.verdict.${verdict}`)} />;
};
