import { useGetOne } from 'react-admin';
import { DEFAULT_SETTINGS, type Settings } from '../domain';

/** The platform settings the ledger pages explain (thresholds, days, rates); defaults until loaded. */
export const usePlatformSettings = (): Settings => {
    const { data } = useGetOne<Settings>('settings', { id: 'platform' }, { staleTime: 60_000 });
    return data ?? DEFAULT_SETTINGS;
};
