// "Today" on the server's clock (China date): the mock clock can be moved, so deadlines offered in
// forms are computed from the server's today, not the browser's.
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import { chinaDate, type Role } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

export const useServerToday = (): string => {
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const { data } = useQuery({
        queryKey: ['clock'],
        queryFn: () => dataProvider.fetchPath<{ today: string }>('/clock').then(r => r.data),
        staleTime: 5_000,
        retry: false,
    });
    return data?.today ?? chinaDate(new Date());
};

export const useRole = (): Role | null => {
    const { permissions } = usePermissions<Role | null>();
    return permissions ?? null;
};
