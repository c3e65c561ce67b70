// Sign-in page. In mock mode it lists the demo accounts so every role can be tried. After a
// 401 react-admin brings the operator here with the page they were on (location state
// nextPathname); useLogin returns them there once signed in.
import { useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Divider, TextField, Typography } from '@mui/material';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { USES_MOCK_API } from '../config';
import { LoginError } from '../providers/authProvider';
import { DEMO_PASSWORD, DemoAccounts } from './DemoAccounts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './DemoAccounts';

export const LoginPage = () => {
    const translate = useTranslate();
    const login = useLogin();
    const location = useLocation();
    const returning = !!(location.state as { nextPathname?: string } | null)?.nextPathname && (location.state as { nextPathname: string }).nextPathname !== '/';
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState<string | null>(null);
    const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
    const [busy, setBusy] = useState(false);
    const submitRef = useRef<HTMLButtonElement>(null);

    const submit = async (event: FormEvent) => {
        event.preventDefault();
        setError(null);
        const local: Record<string, string> = {};
        if (!username.trim()) local.username = translate('app.login.enter_username');
        if (!password) local.password = translate('app.login.enter_password');
        setFieldErrors(local);
        if (Object.keys(local).length) return;
        setBusy(true);
        try {
            await login({ username: username.trim(), password });
        } catch (e) {
            if (e instanceof LoginError) {
                const fields = e.fieldErrors ?? {};
                setFieldErrors({
                    ...(fields.username ? { username: translate('app.login.enter_username') } : {}),
                    ...(fields.password ? { password: translate('app.login.enter_password') } : {}),
                });
                setError(Object.keys(fields).length ? null : translate('app.login.wrong_credentials'));
            } else {
                setError(translate('app.login.failed') + (e instanceof Error && e.message ? `: ${e.message}` : ''));
            }
            setBusy(false);
        }
    };

    const choose = (name: string) => {
        setUsername(name);
        setPassword(DEMO_PASSWORD);
        setFieldErrors({});
        setError(null);
        submitRef.current?.focus();
    };

    return (
        <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
            <Card sx={{ width: 440, maxWidth: '100%' }}>
                <CardContent sx={{ p: 3 }}>
                    <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
                        <Box>
                            <Typography component="h1" variant="h5">
                                {translate('app.login.title')}
                            </Typography>
                            <Typography variant="body2" color="text.secondary">
                                {translate('app.tagline')}
                            </Typography>
                        </Box>
                        <LocalesMenuButton />
                    </Box>
                    <Box component="form" onSubmit={submit} noValidate sx={{ mt: 2, display: 'grid', gap: 2 }} aria-label={translate('app.login.title')}>
                        {returning && !error && <Alert severity="info">{translate('app.login.session_ended')}</Alert>}
                        {error && (
                            <Alert severity="error" role="alert">
                                {error}
                            </Alert>
                        )}
                        <TextField
                            label={translate('app.login.username')}
                            name="username"
                            autoComplete="username"
                            autoFocus
                            value={username}
                            onChange={e => setUsername(e.target.value)}
                            error={!!fieldErrors.username}
                            helperText={fieldErrors.username}
                        />
                        <TextField
                            label={translate('app.login.password')}
                            name="password"
                            type="password"
                            autoComplete="current-password"
                            value={password}
                            onChange={e => setPassword(e.target.value)}
                            error={!!fieldErrors.password}
                            helperText={fieldErrors.password}
                        />
                        <Button type="submit" variant="contained" size="large" disabled={busy} ref={submitRef}>
                            {busy ? translate('app.login.signing_in') : translate('app.login.submit')}
                        </Button>
                    </Box>
                    {USES_MOCK_API && (
                        <>
                            <Divider sx={{ my: 3 }} />
                            <DemoAccounts selected={username} onChoose={choose} />
                        </>
                    )}
                </CardContent>
            </Card>
        </Box>
    );
};
