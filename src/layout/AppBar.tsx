// App bar: title, mock clock (mock API only), language switch, refresh, who is signed in.
import { AppBar as RaAppBar, LocalesMenuButton, RefreshIconButton, TitlePortal } from 'react-admin';
import { USES_MOCK_API } from '../config';
import { MockClockButton } from './MockClockButton';
import { RoleBadge } from './RoleBadge';
import { UserMenu } from './UserMenu';

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
    </RaAppBar>
);
