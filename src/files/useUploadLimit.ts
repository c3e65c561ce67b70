import { useGetOne } from 'react-admin';
import { DEFAULT_SETTINGS, type Settings } from '../domain';

/** The upload size limit in MB from the platform settings (falls back to the default while loading). */
export const useUploadLimitMb = (): number => {
    const { data } = useGetOne<Settings>('settings', { id: 'platform' }, { staleTime: 60_000 });
    const bytes = data?.uploadMaxBytes ?? DEFAULT_SETTINGS.uploadMaxBytes;
    return Math.round((bytes / (1024 * 1024)) * 10) / 10;
};
