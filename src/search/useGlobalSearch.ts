import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { TradewardDataProvider } from '../providers/dataProvider';

export interface SearchHit {
    resource: 'merchants' | 'complaints';
    id: string;
    title: string;
    subtitle: string;
    status: string;
}

/** Debounced GET /search; stale answers for older text are dropped. */
export const useGlobalSearch = (text: string, delayMs = 250) => {
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const [hits, setHits] = useState<SearchHit[]>([]);
    const [loading, setLoading] = useState(false);
    const [error, setError] = useState<string | null>(null);

    useEffect(() => {
        const q = text.trim();
        if (q.length < 2) {
            setHits([]);
            setLoading(false);
            return;
        }
        let cancelled = false;
        setLoading(true);
        const timer = setTimeout(() => {
            dataProvider
                .fetchPath<{ hits: SearchHit[] }>(`/search?q=${encodeURIComponent(q)}`)
                .then(({ data }) => {
                    if (!cancelled) {
                        setHits(data.hits);
                        setError(null);
                    }
                })
                .catch((e: Error) => !cancelled && setError(e.message))
                .finally(() => !cancelled && setLoading(false));
        }, delayMs);
        return () => {
            cancelled = true;
            clearTimeout(timer);
        };
    }, [text, dataProvider, delayMs]);

    return { hits, loading, error };
};
