import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => {
    useDocumentLanguage();
    return (
        <RaLayout appBar={AppBar} menu={Menu}>
            {children}
        </RaLayout>
    );
};
