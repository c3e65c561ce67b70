// Mock mode only: the demo accounts (one per role, two finance officers for four-eyes
// approval). Choosing one fills the form; Enter or a click then signs in.
import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const DEMO_ACCOUNTS = [
    { username: 'li.na', name: '李娜 Li Na', role: 'compliance' },
    { username: 'wang.fang', name: '王芳 Wang Fang', role: 'customer_service' },
    { username: 'zhang.wei', name: '张伟 Zhang Wei', role: 'finance' },
    { username: 'liu.yang', name: '刘洋 Liu Yang', role: 'finance' },
    { username: 'chen.jing', name: '陈静 Chen Jing', role: 'supervisor' },
] as const;
export const DEMO_PASSWORD = 'demo';

export const DemoAccounts = ({ selected, onChoose }: { selected: string; onChoose: (username: string) => void }) => {
    const translate = useTranslate();
    const title = translate('app.login.demo_accounts', { password: DEMO_PASSWORD });
    return (
        <nav aria-labelledby="demo-accounts-title">
            <Typography id="demo-accounts-title" variant="subtitle2" component="h2">
                {title}
            </Typography>
            <Typography variant="caption" color="text.secondary">
                {translate('app.login.demo_hint')}
            </Typography>
            <List dense aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
                {DEMO_ACCOUNTS.map(account => (
                    <ListItemButton
                        key={account.username}
                        selected={selected === account.username}
                        onClick={() => onChoose(account.username)}
                        data-username={account.username}
                    >
                        <ListItemText primary={`${account.name} (${account.username})`} secondary={translate(`app.roles.${account.role}`)} />
                    </ListItemButton>
                ))}
            </List>
        </nav>
    );
};
