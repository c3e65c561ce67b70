// A small label that looks like MUI's small <Chip> (filled or outlined, in a palette colour) but
// is one <span> with classes instead of four styled components: a list page shows a hundred of
// them, and each Chip re-serialised its styles on every render (issue 8). The classes are
// defined once, in the theme (layout/theme.ts, `tagStyles`).
import type { ReactNode } from 'react';

export type TagColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

export const Tag = ({ color = 'default', variant = 'filled', children }: { color?: TagColor; variant?: 'filled' | 'outlined'; children: ReactNode }) => (
    <span className={`tw-tag tw-tag-${variant} tw-tag-${color}`}>{children}</span>
);
