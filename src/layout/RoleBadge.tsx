// The signed-in operator's role, always visible in the app bar next to their name (the user
// menu button shows the name).
import { Chip } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

export const RoleBadge = () => {
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    if (!identity) return null;
    return (
        <Chip
            size="small"
            label={translate(`app.roles.${identity.role}`)}
            data-testid="signed-in-operator"
            title={`${identity.fullName} · ${translate(`app.roles.${identity.role}`)}`}
            sx={{ mx: 1, color: 'inherit', borderColor: 'rgba(255,255,255,0.7)' }}
            variant="outlined"
        />
    );
};
