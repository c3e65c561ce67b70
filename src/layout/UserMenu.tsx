// The user menu shows who is signed in and with which role; it holds the sign-out item.
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import BadgeIcon from '@mui/icons-material/Badge';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';

export const SignedInAs = () => {
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    if (!identity) return null;
    return (
        <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }} data-testid="signed-in-as">
            <ListItemIcon>
                <BadgeIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={identity.fullName} secondary={translate(`app.roles.${identity.role}`)} />
        </MenuItem>
    );
};

export const UserMenu = () => (
    <RaUserMenu>
        <SignedInAs />
        <Logout />
    </RaUserMenu>
);
