// App bar: title, global search, mock clock (mock API only), language switch, refresh, who is signed in.
import { lazy, Suspense } from 'react';
import { Box } from '@mui/material';
import { AppBar as RaAppBar, LocalesMenuButton, RefreshIconButton, TitlePortal } from 'react-admin';
import { USES_MOCK_API } from '../config';
import { MockClockButton } from './MockClockButton';
import { RoleBadge } from './RoleBadge';
import { UserMenu } from './UserMenu';

// The search box (MUI Autocomplete) is a chunk of its own, loaded as the app bar first renders:
// the page below does not wait for it. Until it is there, its place is kept so nothing moves.
const GlobalSearch = lazy(() => import('../search/GlobalSearch').then(m => ({ default: m.GlobalSearch })));
const SearchPlaceholder = () => <Box sx={{ width: { xs: 200, md: 380 }, mx: 2, my: 0.5, height: 40 }} aria-hidden />;

export const AppBar = () => (
    <RaAppBar
        userMenu={<UserMenu />}
        toolbar={
            <>
                {USES_MOCK_API && <MockClockButton />}
                <LocalesMenuButton />
                <RefreshIconButton />
                <RoleBadge />
            </>
        }
    >
        <TitlePortal />
        <Suspense fallback={<SearchPlaceholder />}>
            <GlobalSearch />
        </Suspense>
    </RaAppBar>
);
