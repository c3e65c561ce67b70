import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CheckResult } from '../domain';
import type { TradewardDataProvider } from '../providers/dataProvider';

/** GET /merchants/:id/checks: the server computes the checks (the UI only explains them). */
export const useChecks = (merchantId: string | undefined) => {
    const dataProvider = useDataProvider<TradewardDataProvider>();
    return useQuery({
        queryKey: ['merchants', 'checks', merchantId],
        queryFn: async () => (await dataProvider.fetchPath<CheckResult[]>(`/merchants/${encodeURIComponent(merchantId!)}/checks`)).data,
        enabled: !!merchantId,
    });
};
