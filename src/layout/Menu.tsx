// The menu: the dashboard, every resource the role may list (react-admin asks
// authProvider.canAccess), then Settings, which opens the single platform record directly.
//
// Issue 8: react-admin's <MenuItemLink> reads the location itself, so all eighteen entries
// re-rendered on every URL change — and a list's page, sort and filters are in the URL, so
// that was a fifth of the work of showing the next page. Here the menu reads the location once
// and each entry, memoised, re-renders only when it becomes or stops being the active one. The
// entries keep react-admin's class names and look (RaMenuItemLink-*).
import DashboardIcon from '@mui/icons-material/Dashboard';
import SettingsIcon from '@mui/icons-material/Settings';
import DefaultIcon from '@mui/icons-material/ViewList';
import { ListItemIcon, MenuItem, Tooltip, Typography, useMediaQuery, type Theme } from '@mui/material';
import { styled } from '@mui/material/styles';
import { createElement, memo, useCallback, type ComponentType, type ReactNode } from 'react';
import { Menu as RaMenu, useCanAccess, useGetResourceLabel, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { Link, matchPath, useLocation } from 'react-router-dom';

const PREFIX = 'RaMenuItemLink';

const StyledMenuItem = styled(MenuItem)(({ theme }) => ({
    color: theme.palette.text.secondary,
    [`& .${PREFIX}-icon`]: { color: theme.palette.text.secondary, minWidth: theme.spacing(5) },
    [`&.${PREFIX}-active`]: { color: theme.palette.text.primary },
})) as typeof MenuItem; // keeps MenuItem's `component` prop in the types

interface EntryProps {
    to: string;
    label: ReactNode;
    /** The label as text, for the tooltip of the folded sidebar. */
    title: string;
    icon: ReactNode;
    active: boolean;
    /** Lists scroll back to the top when opened from the menu, as react-admin's entries do. */
    scrollToTop?: boolean;
}

const MenuEntry = memo(({ to, label, title, icon, active, scrollToTop }: EntryProps) => {
    const [open, setOpen] = useSidebarState();
    const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
    // On a small screen the sidebar covers the page: close it once an entry is chosen.
    const onClick = useCallback(() => {
        if (isSmall) setOpen(false);
    }, [isSmall, setOpen]);
    const item = (
        <StyledMenuItem
            className={active ? `${PREFIX}-root ${PREFIX}-active` : `${PREFIX}-root`}
            component={Link}
            to={to}
            state={scrollToTop ? { _scrollToTop: true } : undefined}
            aria-current={active ? 'page' : undefined}
            tabIndex={0}
            onClick={onClick}
        >
            <ListItemIcon className={`${PREFIX}-icon`}>{icon}</ListItemIcon>
            <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
                {label}
            </Typography>
        </StyledMenuItem>
    );
    return open ? item : <Tooltip title={title} placement="right">{item}</Tooltip>;
});
MenuEntry.displayName = 'MenuEntry';

const isActive = (pathname: string, to: string) => !!matchPath({ path: to, end: to === '/' }, pathname);

const ResourceEntry = memo(({ name, icon, active }: { name: string; icon?: ComponentType; active: boolean }) => {
    const { canAccess, isPending, error } = useCanAccess({ resource: name, action: 'list' });
    const getResourceLabel = useGetResourceLabel();
    if (isPending || canAccess === false || error != null) return null;
    const label = getResourceLabel(name, 2);
    return <MenuEntry to={`/${name}`} label={label} title={label} icon={createElement(icon ?? DefaultIcon)} active={active} scrollToTop />;
});
ResourceEntry.displayName = 'ResourceEntry';

const SettingsEntry = memo(({ active }: { active: boolean }) => {
    const translate = useTranslate();
    const { canAccess } = useCanAccess({ resource: 'settings', action: 'show' });
    if (!canAccess) return null;
    const label = translate('resources.settings.name', { smart_count: 1 });
    return <MenuEntry to="/settings/platform" label={label} title={label} icon={<SettingsIcon />} active={active} />;
});
SettingsEntry.displayName = 'SettingsEntry';

const DashboardEntry = memo(({ active }: { active: boolean }) => {
    const translate = useTranslate();
    const label = translate('ra.page.dashboard');
    return <MenuEntry to="/" label={label} title={label} icon={<DashboardIcon />} active={active} />;
});
DashboardEntry.displayName = 'DashboardEntry';

/** Which entry a path makes active: the dashboard, a resource's list (and its pages), or Settings. */
const activeEntry = (pathname: string, names: string[]): string | null => {
    if (isActive(pathname, '/')) return '/';
    if (isActive(pathname, '/settings/platform')) return '/settings/platform';
    return names.find(name => isActive(pathname, `/${name}`)) ?? null;
};

export const Menu = () => {
    const { pathname } = useLocation();
    const resources = useResourceDefinitions();
    const listed = Object.values(resources).filter(r => r.hasList);
    // Only a change of the active entry re-renders the menu: paging or filtering a list does not.
    return <MenuEntries resources={listed} active={activeEntry(pathname, listed.map(r => r.name))} />;
};

const MenuEntries = memo(
    ({ resources, active }: { resources: Array<{ name: string; icon?: unknown }>; active: string | null }) => (
        <RaMenu>
            <DashboardEntry active={active === '/'} />
            {resources.map(r => (
                <ResourceEntry key={r.name} name={r.name} icon={r.icon as ComponentType | undefined} active={active === r.name} />
            ))}
            <SettingsEntry active={active === '/settings/platform'} />
        </RaMenu>
    ),
    (a, b) => a.active === b.active && a.resources.length === b.resources.length && a.resources.every((r, i) => r.name === b.resources[i].name && r.icon === b.resources[i].icon),
);
MenuEntries.displayName = 'MenuEntries';
