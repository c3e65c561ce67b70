// Who is signed in, always visible in the app bar: name and role.
import { Box, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

export const RoleBadge = () => {
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    if (!identity) return null;
    return (
        <Box sx={{ display: { xs: 'none', md: 'flex' }, flexDirection: 'column', alignItems: 'flex-end', mx: 1, lineHeight: 1.1 }} data-testid="signed-in-operator">
            <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {identity.fullName}
            </Typography>
            <Typography variant="caption" component="span" sx={{ opacity: 0.85 }}>
                {translate(`app.roles.${identity.role}`)}
            </Typography>
        </Box>
    );
};
