import { Admin, Resource } from 'react-admin';
import auditLog from './audit-log';
import categories from './categories';
import categoryApplications from './category-applications';
import changeReports from './change-reports';
import documents from './documents';
import merchants from './merchants';
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
        <Resource {...merchants} />
        <Resource {...changeReports} />
        <Resource {...categoryApplications} />
        <Resource {...categories} />
        <Resource {...documents} />
        <Resource {...auditLog} />
    </Admin>
);
