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

// alwaysOn: the bar stays in place instead of sliding away on scroll. Search, the mock clock and
// the user menu stay at hand, and a list's next page (which scrolls back up) no longer slides
// the bar in, which forced a layout in the middle of rendering the new rows (issue 8).
export const AppBar = () => (
    <RaAppBar
        alwaysOn
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
