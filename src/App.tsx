import { Admin, Resource } from 'react-admin';
import approvals from './approvals';
import auditLog from './audit-log';
import clearances from './clearances';
import depositAccounts from './deposit-accounts';
import penalties from './penalties';
import penaltySuggestions from './penalty-suggestions';
import { i18nProvider } from './i18n';
import { createStore } from './i18n/store';
import { Layout } from './layout/Layout';
import ledgerEntries from './ledger-entries';
import { LoginPage } from './login/LoginPage';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import settings from './settings';
import shortfalls from './shortfalls';

const dataProvider = createDataProvider();
const authProvider = createAuthProvider();
const store = createStore();

export const App = () => (
    <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={store}
        loginPage={LoginPage}
        layout={Layout}
        requireAuth
        disableTelemetry
    >
        <Resource {...depositAccounts} />
        <Resource {...shortfalls} />
        <Resource {...approvals} />
        <Resource {...ledgerEntries} />
        <Resource {...penalties} />
        <Resource {...penaltySuggestions} />
        <Resource {...clearances} />
        <Resource {...auditLog} />
        <Resource {...settings} />
    </Admin>
);
