import { lazy, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { Admin, Resource, type I18nProvider } from 'react-admin';
import approvals from './approvals';
import auditLog from './audit-log';
import notices from './notices';
import categories from './categories';
import categoryApplications from './category-applications';
import changeReports from './change-reports';
import documents from './documents';
import merchants from './merchants';
import depositAccounts from './deposit-accounts';
import complaints from './complaints';
import evidence from './evidence';
import clearances from './clearances';
import penalties from './penalties';
import penaltySuggestions from './penalty-suggestions';
import { createStore } from './i18n/store';
import { Layout } from './layout/Layout';
import { lightTheme } from './layout/theme';
import { LoginPage } from './login/LazyLoginPage';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import settings from './settings';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
import ledgerEntries from './ledger-entries';
import shortfalls from './shortfalls';

const dataProvider = createDataProvider();
const authProvider = createAuthProvider();
const store = createStore();

const Console = ({ i18nProvider }: { i18nProvider: I18nProvider }) => (
    <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={store}
        loginPage={LoginPage}
        layout={Layout}
        theme={lightTheme}
        dashboard={Dashboard}
        requireAuth
        disableTelemetry
    >
        <Resource {...merchants} />
        <Resource {...changeReports} />
        <Resource {...categoryApplications} />
        <Resource {...categories} />
        <Resource {...documents} />
        <Resource {...depositAccounts} />
        <Resource {...shortfalls} />
        <Resource {...approvals} />
        <Resource {...ledgerEntries} />
        <Resource {...complaints} />
        <Resource {...evidence} />
        <Resource {...penalties} />
        <Resource {...penaltySuggestions} />
        <Resource {...clearances} />
        <Resource {...auditLog} />
        <Resource {...settings} />
        <Resource {...notices} />
    </Admin>
);

/**
 * The console in its own hash router, the one react-admin would create, but with router updates
 * rendered at once instead of in a React transition (`useTransitions={false}`): a transition
 * renders the whole page in 5 ms slices with frames in between, which doubled the time from a
 * click on "next page" or a filter to the new rows (issue 8). Admin sees it is inside a router
 * and does not create another.
 */
export const App = ({ i18nProvider }: { i18nProvider: I18nProvider }) => {
    const [router] = useState(() => createHashRouter([{ path: '*', element: <Console i18nProvider={i18nProvider} /> }]));
    return <RouterProvider router={router} useTransitions={false} />;
};
