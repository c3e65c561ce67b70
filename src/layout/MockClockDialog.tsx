// The supervisor's demo controls: advance or set the mock clock, reset the demo data.
// Both are mock-only system actions (PUT /api/clock, POST /api/system/reset-demo-data).
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Confirm, useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/format';
import { API_URL } from '../config';
import { httpClient, type TradewardDataProvider } from '../providers/dataProvider';
import type { ClockReading } from './useMockClock';

interface Props {
    clock: ClockReading;
    onClose: () => void;
}

/** The clock's reading as a value for <input type="datetime-local">, in China time. */
const toChinaLocalInput = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16);

export const MockClockDialog = ({ clock, onClose }: Props) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const notify = useNotify();
    const refresh = useRefresh();
    const queryClient = useQueryClient();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [days, setDays] = useState('1');
    const [hours, setHours] = useState('0');
    const [at, setAt] = useState(toChinaLocalInput(clock.now));
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [busy, setBusy] = useState(false);
    const [confirmReset, setConfirmReset] = useState(false);

    const afterChange = async () => {
        // Deadlines, queues and the clock itself all depend on the change: refetch everything.
        await queryClient.invalidateQueries();
        refresh();
    };

    const moveClock = async (body: Record<string, unknown>) => {
        setBusy(true);
        setErrors({});
        try {
            const { json } = await httpClient(`${API_URL}/clock`, { method: 'PUT', body: JSON.stringify(body) });
            const data = json as ClockReading;
            await afterChange();
            notify(translate('app.clock.moved', { now: formatDateTime(data.now, locale) }), { type: 'success' });
            onClose();
        } catch (e) {
            const body = (e as { body?: { errors?: Record<string, string>; message?: string } }).body;
            setErrors(body?.errors ?? { form: (e as Error).message });
        } finally {
            setBusy(false);
        }
    };

    const advance = () => {
        const d = Number(days);
        const h = Number(hours);
        const local: Record<string, string> = {};
        if (!Number.isInteger(d)) local.advanceDays = translate('app.clock.whole_number');
        if (!Number.isInteger(h)) local.advanceHours = translate('app.clock.whole_number');
        if (Object.keys(local).length) return setErrors(local);
        void moveClock({ advanceDays: d, advanceHours: h });
    };

    const setTo = () => {
        if (!at) return setErrors({ now: translate('ra.validation.required') });
        void moveClock({ now: `${at}:00+08:00` });
    };

    const reset = async () => {
        setBusy(true);
        try {
            await dataProvider.action('system', null, 'reset-demo-data', {});
            await afterChange();
            notify('app.reset.done', { type: 'success' });
            setConfirmReset(false);
            onClose();
        } catch (e) {
            notify((e as Error).message, { type: 'error' });
        } finally {
            setBusy(false);
        }
    };

    return (
        <Dialog open onClose={onClose} aria-labelledby="mock-clock-title" maxWidth="sm" fullWidth>
            <DialogTitle id="mock-clock-title">{translate('app.clock.label')}</DialogTitle>
            <DialogContent>
                <Typography variant="body2" sx={{ mb: 2 }}>
                    {translate('app.clock.now', { now: formatDateTime(clock.now, locale) })}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.clock.help')}
                </Typography>
                {errors.form && <Alert severity="error" sx={{ mb: 2 }}>{errors.form}</Alert>}
                <Box component="form" onSubmit={e => { e.preventDefault(); advance(); }} sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', mb: 2 }}>
                    <TextField label={translate('app.clock.days')} name="advanceDays" type="number" size="small" value={days} onChange={e => setDays(e.target.value)} error={!!errors.advanceDays} helperText={errors.advanceDays} sx={{ width: 120 }} />
                    <TextField label={translate('app.clock.hours')} name="advanceHours" type="number" size="small" value={hours} onChange={e => setHours(e.target.value)} error={!!errors.advanceHours} helperText={errors.advanceHours} sx={{ width: 120 }} />
                    <Button type="submit" variant="outlined" disabled={busy}>{translate('app.clock.advance')}</Button>
                </Box>
                <Box component="form" onSubmit={e => { e.preventDefault(); setTo(); }} sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
                    <TextField label={translate('app.clock.at')} name="now" type="datetime-local" size="small" value={at} onChange={e => setAt(e.target.value)} error={!!errors.now} helperText={errors.now ?? translate('app.clock.china_time')} slotProps={{ inputLabel: { shrink: true } }} />
                    <Button type="submit" variant="outlined" disabled={busy}>{translate('app.clock.set')}</Button>
                </Box>
                <Divider sx={{ my: 3 }} />
                <Typography variant="subtitle2" component="h3">{translate('app.reset.button')}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('app.reset.content')}</Typography>
                <Button color="error" variant="outlined" onClick={() => setConfirmReset(true)} disabled={busy}>
                    {translate('app.reset.button')}
                </Button>
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose}>{translate('ra.action.close')}</Button>
            </DialogActions>
            <Confirm
                isOpen={confirmReset}
                loading={busy}
                title="app.reset.title"
                content="app.reset.content"
                confirm="app.reset.button"
                confirmColor="warning"
                onConfirm={reset}
                onClose={() => setConfirmReset(false)}
            />
        </Dialog>
    );
};
