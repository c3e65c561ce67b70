// One setting: its input and the rule ID it serves (tooltip explains the rule).
import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { RuleChip } from '../common/RuleChip';

export const SettingRow = ({ rule, children, wide = false }: { rule: string; children: ReactNode; wide?: boolean }) => (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 320px', minWidth: 0, maxWidth: wide ? 'none' : 480 }}>{children}</Box>
        <Box sx={{ pt: 2.25 }}>
            <RuleChip id={rule} />
        </Box>
    </Box>
);
