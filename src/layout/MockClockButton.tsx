// App-bar reading of the mock clock (mock API only). The supervisor can open it to move the
// clock (so a deadline can be made to pass without waiting) or reset the demo data.
import { lazy, Suspense, useState } from 'react';
import { Button, Tooltip, Typography } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/format';
import { canRole, type Role } from '../domain';
import { useMockClock } from './useMockClock';

// The dialog is loaded when the supervisor opens it, not with every page.
const MockClockDialog = lazy(() => import('./MockClockDialog').then(m => ({ default: m.MockClockDialog })));

export const MockClockButton = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { permissions } = usePermissions<Role | null>();
    const { data } = useMockClock();
    const [open, setOpen] = useState(false);
    if (!data) return null;
    const label = translate('app.clock.now', { now: formatDateTime(data.now, locale) });
    const mayControl = canRole(permissions, 'system', 'set-clock') || canRole(permissions, 'system', 'reset-demo-data');
    if (!mayControl)
        return (
            <Tooltip title={translate('app.clock.help')}>
                <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mx: 1 }} data-testid="mock-clock" tabIndex={0}>
                    <ScheduleIcon fontSize="small" aria-hidden />
                    {label}
                </Typography>
            </Tooltip>
        );
    return (
        <>
            <Tooltip title={translate('app.clock.control')}>
                {/* The accessible name starts with the visible text (WCAG 2.5.3 label in name). */}
                <Button
                    color="inherit"
                    startIcon={<ScheduleIcon />}
                    onClick={() => setOpen(true)}
                    data-testid="mock-clock"
                    aria-label={`${label} · ${translate('app.clock.control')}`}
                    sx={{ textTransform: 'none' }}
                >
                    {label}
                </Button>
            </Tooltip>
            {open && (
                <Suspense fallback={null}>
                    <MockClockDialog clock={data} onClose={() => setOpen(false)} />
                </Suspense>
            )}
        </>
    );
};
