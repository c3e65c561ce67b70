// App-bar reading of the mock clock (mock API only). The supervisor can open it to move the
// clock (so a deadline can be made to pass without waiting) or reset the demo data.
import { lazy, memo, Suspense, useState } from 'react';
import { Button, Tooltip, Typography } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/format';
import { canRole, type Role } from '../domain';
import { useMockClock, type ClockReading } from './useMockClock';

// The dialog is loaded when the supervisor opens it, not with every page.
const MockClockDialog = lazy(() => import('./MockClockDialog').then(m => ({ default: m.MockClockDialog })));

/**
 * The hooks here (react-admin's data provider and permissions) read the location, so this
 * re-renders on every URL change, a list's page and filters included; the memoised reading
 * below gets the same values then and stays as it is (issue 8).
 */
export const MockClockButton = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { permissions } = usePermissions<Role | null>();
    const { data } = useMockClock();
    if (!data) return null;
    const mayControl = canRole(permissions, 'system', 'set-clock') || canRole(permissions, 'system', 'reset-demo-data');
    return (
        <ClockReadingButton
            clock={data}
            label={translate('app.clock.now', { now: formatDateTime(data.now, locale) })}
            hint={translate(mayControl ? 'app.clock.control' : 'app.clock.help')}
            mayControl={mayControl}
        />
    );
};

const ClockReadingButton = memo(({ clock, label, hint, mayControl }: { clock: ClockReading; label: string; hint: string; mayControl: boolean }) => {
    const [open, setOpen] = useState(false);
    if (!mayControl)
        return (
            <Tooltip title={hint}>
                <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mx: 1 }} data-testid="mock-clock" tabIndex={0}>
                    <ScheduleIcon fontSize="small" aria-hidden />
                    {label}
                </Typography>
            </Tooltip>
        );
    return (
        <>
            <Tooltip title={hint}>
                {/* The accessible name starts with the visible text (WCAG 2.5.3 label in name). */}
                <Button
                    color="inherit"
                    startIcon={<ScheduleIcon />}
                    onClick={() => setOpen(true)}
                    data-testid="mock-clock"
                    aria-label={`${label} · ${hint}`}
                    sx={{ textTransform: 'none' }}
                >
                    {label}
                </Button>
            </Tooltip>
            {open && (
                <Suspense fallback={null}>
                    <MockClockDialog clock={clock} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
});
ClockReadingButton.displayName = 'ClockReadingButton';
