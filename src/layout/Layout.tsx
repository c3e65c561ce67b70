import { memo, type ReactNode } from 'react';
import { Layout as RaLayout, Sidebar, type SidebarProps } from 'react-admin';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

// Memoised (issue 8): react-admin's layout re-renders on every URL change, which a list's page,
// sort and filters are; the app bar and the menu then re-render only for what they read
// themselves (the menu's active item reads the location, the app bar its own state).
const LayoutAppBar = memo(AppBar);
const LayoutMenu = memo(Menu);
// The sidebar's only child is always the menu above, which follows the location itself.
const LayoutSidebar = memo(Sidebar, (a: SidebarProps, b: SidebarProps) => a.appBarAlwaysOn === b.appBarAlwaysOn);

// The page area may be narrower than a wide table: the table then scrolls sideways inside its
// list (see the lists' tableWrapper style) instead of widening the whole page past the screen.
const CONTENT_MAY_SHRINK = { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } };

export const Layout = ({ children }: { children: ReactNode }) => {
    useDocumentLanguage();
    return (
        // appBarAlwaysOn: the app bar stays in place (layout/AppBar.tsx), so the sidebar must not
        // move up under it when the page scrolls.
        <RaLayout appBar={LayoutAppBar} menu={LayoutMenu} sidebar={LayoutSidebar} appBarAlwaysOn sx={CONTENT_MAY_SHRINK}>
            {children}
        </RaLayout>
    );
};
