import { Admin, Resource } from 'react-admin';
import auditLog from './audit-log';
import clearances from './clearances';
import penalties from './penalties';
import penaltySuggestions from './penalty-suggestions';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';

const dataProvider = createDataProvider();
const authProvider = createAuthProvider();

export const App = () => (
    <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginPage}
        layout={Layout}
        requireAuth
        disableTelemetry
    >
        <Resource {...penalties} />
        <Resource {...penaltySuggestions} />
        <Resource {...clearances} />
        <Resource {...auditLog} />
    </Admin>
);
