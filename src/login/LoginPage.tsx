// Sign-in page. In mock mode it lists the demo accounts so every role can be tried.
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, List, ListItemButton, ListItemText, TextField, Typography } from '@mui/material';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';
import { USES_MOCK_API } from '../config';
import { LoginError } from '../providers/authProvider';

export const DEMO_ACCOUNTS = [
    { username: 'li.na', name: '李娜 Li Na', role: 'compliance' },
    { username: 'wang.fang', name: '王芳 Wang Fang', role: 'customer_service' },
    { username: 'zhang.wei', name: '张伟 Zhang Wei', role: 'finance' },
    { username: 'liu.yang', name: '刘洋 Liu Yang', role: 'finance' },
    { username: 'chen.jing', name: '陈静 Chen Jing', role: 'supervisor' },
] as const;
export const DEMO_PASSWORD = 'demo';

export const LoginPage = () => {
    const translate = useTranslate();
    const login = useLogin();
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState<string | null>(null);
    const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
    const [busy, setBusy] = useState(false);

    const submit = async (event: FormEvent) => {
        event.preventDefault();
        setError(null);
        const local: Record<string, string> = {};
        if (!username.trim()) local.username = translate('ra.validation.required');
        if (!password) local.password = translate('ra.validation.required');
        setFieldErrors(local);
        if (Object.keys(local).length) return;
        setBusy(true);
        try {
            await login({ username: username.trim(), password });
        } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
            if (e instanceof LoginError) setFieldErrors(e.fieldErrors);
        } finally {
            setBusy(false);
        }
    };

    return (
        <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
            <Card sx={{ width: 420, maxWidth: '100%' }}>
                <CardContent>
                    <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
                        <Typography component="h1" variant="h5">
                            {translate('app.login.title')}
                        </Typography>
                        <LocalesMenuButton />
                    </Box>
                    <Box component="form" onSubmit={submit} noValidate sx={{ mt: 2, display: 'grid', gap: 2 }}>
                        {error && <Alert severity="error">{error}</Alert>}
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
                        <Button type="submit" variant="contained" disabled={busy}>
                            {translate('app.login.submit')}
                        </Button>
                    </Box>
                    {USES_MOCK_API && (
                        <Box sx={{ mt: 3 }}>
                            <Typography variant="subtitle2" component="h2">
                                {translate('app.login.demo_accounts', { password: DEMO_PASSWORD })}
                            </Typography>
                            <List dense aria-label={translate('app.login.demo_accounts', { password: DEMO_PASSWORD })}>
                                {DEMO_ACCOUNTS.map(account => (
                                    <ListItemButton
                                        key={account.username}
                                        onClick={() => {
                                            setUsername(account.username);
                                            setPassword(DEMO_PASSWORD);
                                        }}
                                    >
                                        <ListItemText primary={`${account.name} (${account.username})`} secondary={translate(`app.roles.${account.role}`)} />
                                    </ListItemButton>
                                ))}
                            </List>
                        </Box>
                    )}
                </CardContent>
            </Card>
        </Box>
    );
};
