// The console theme: react-admin's default with darker palette colours, so white text on the app
// bar and chips, and coloured text, meet WCAG AA contrast (axe "color-contrast").
import type { Theme } from '@mui/material';
import { alpha, lighten } from '@mui/material/styles';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const TAG_COLOURS = ['primary', 'secondary', 'error', 'info', 'success', 'warning'] as const;

/**
 * Global classes for the light list cells (issue 8): `Tag` (common/Tag.tsx) drawn like MUI's small
 * Chip, and the text styles list cells use instead of a <Typography> per cell. Inserted once with
 * the baseline styles instead of being serialised again by every cell on every render.
 */
const lightCellStyles = (theme: Theme) => ({
    '.tw-tag': {
        display: 'inline-flex',
        alignItems: 'center',
        boxSizing: 'border-box' as const,
        height: 24,
        padding: '0 8px',
        borderRadius: 12,
        fontFamily: theme.typography.fontFamily,
        fontSize: theme.typography.pxToRem(13),
        lineHeight: 1.5,
        whiteSpace: 'nowrap' as const,
        verticalAlign: 'middle',
        color: theme.palette.text.primary,
        backgroundColor: theme.palette.action.selected,
    },
    '.tw-tag-outlined': { padding: '0 7px', backgroundColor: 'transparent', border: `1px solid ${theme.palette.grey[400]}` },
    ...Object.fromEntries(
        TAG_COLOURS.flatMap(c => [
            [`.tw-tag-filled.tw-tag-${c}`, { color: theme.palette[c].contrastText, backgroundColor: theme.palette[c].main }],
            [`.tw-tag-outlined.tw-tag-${c}`, { color: theme.palette[c].main, borderColor: alpha(theme.palette[c].main, 0.7) }],
        ]),
    ),
    '.tw-tags': { display: 'flex', flexWrap: 'wrap' as const, gap: theme.spacing(0.5) },
    // common/LightDatagridBody: MUI's small body TableCell and hover TableRow, once.
    '.tw-row': { color: 'inherit', verticalAlign: 'middle', outline: 0 },
    '.tw-row:hover': { backgroundColor: theme.palette.action.hover },
    '.tw-row:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
    '.tw-cell': {
        ...theme.typography.body2,
        display: 'table-cell',
        verticalAlign: 'inherit',
        textAlign: 'left' as const,
        padding: '6px 16px',
        color: theme.palette.text.primary,
        borderBottom: `1px solid ${lighten(alpha(theme.palette.divider, 1), 0.88)}`,
    },
    '.tw-body2': theme.typography.body2,
    '.tw-lines > *': { display: 'block' },
    '.tw-strong': { fontWeight: 500 },
    '.tw-caption': theme.typography.caption,
    '.tw-secondary': { color: theme.palette.text.secondary },
    '.tw-warning': { color: theme.palette.warning.main },
    '.tw-error': { color: theme.palette.error.main, fontWeight: 700 },
});

export const lightTheme: RaThemeOptions = {
    ...defaultTheme,
    palette: {
        ...defaultTheme.palette,
        primary: { main: '#1565c0' },
        secondary: { main: '#0d47a1' },
        // MUI's default warning/info colours give white chip text under 4.5:1; these pass AA on
        // white and on a hovered row.
        warning: { main: '#a84f00' },
        info: { main: '#01579b' },
        success: { main: '#2e7d32' },
        error: { main: '#c62828' },
    },
    components: {
        ...defaultTheme.components,
        MuiCssBaseline: { styleOverrides: (theme: Theme) => lightCellStyles(theme) },
        // A table wider than the screen scrolls sideways inside its list, instead of widening
        // the whole page past the screen (and the list's toolbar with it): with the layout's
        // content allowed to shrink (layout/Layout.tsx).
        RaList: { styleOverrides: { root: { '& .RaList-main, & .RaList-content': { minWidth: 0 } } } },
        RaDatagrid: { styleOverrides: { root: { '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } } },
    },
};
