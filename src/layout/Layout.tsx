import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';

export const Layout = ({ children }: { children: ReactNode }) => <RaLayout>{children}</RaLayout>;
