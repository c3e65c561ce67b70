// The sign-in page as a chunk of its own: a signed-in operator's first page does not need it.
// Without a session it is the next thing shown, so its download starts with the app's code.
import { lazy, Suspense } from 'react';
import { getSession } from '../providers/session';

const load = () => import('./LoginPage').then(m => ({ default: m.LoginPage }));
if (!getSession()) void load();
const Page = lazy(load);

export const LoginPage = () => (
    <Suspense fallback={null}>
        <Page />
    </Suspense>
);
