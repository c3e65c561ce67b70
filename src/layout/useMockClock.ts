// The mock server's clock (GET /api/clock), refreshed every minute and after every change.
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { TradewardDataProvider } from '../providers/dataProvider';

export interface ClockReading {
    now: string;
    today: string;
    offsetMs: number;
}

export const CLOCK_QUERY_KEY = ['tradeward', 'clock'];

export const useMockClock = () => {
    const dataProvider = useDataProvider<TradewardDataProvider>();
    return useQuery({
        queryKey: CLOCK_QUERY_KEY,
        queryFn: async () => (await dataProvider.fetchPath<ClockReading>('/clock')).data,
        refetchInterval: 60_000,
    });
};
