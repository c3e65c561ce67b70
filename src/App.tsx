import { Admin, Resource } from 'react-admin';
import auditLog from './audit-log';
import complaints from './complaints';
import evidence from './evidence';
import { i18nProvider } from './i18n';
import { createStore } from './i18n/store';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import settings from './settings';

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
        <Resource {...complaints} />
        <Resource {...evidence} />
        <Resource {...auditLog} />
        <Resource {...settings} />
    </Admin>
);
