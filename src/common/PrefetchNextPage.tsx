// Fetches a list's next page while the operator reads the current one (issue 8), so "next
// page" shows rows at once instead of waiting for a request. Rendered inside a <List>; it
// renders nothing. The next page's query is the one react-admin will run on the click: the
// list's own query (found in the cache, so filters, sort and meta match exactly) with the
// page number plus one.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDataProvider, useListContext, type GetListParams } from 'react-admin';

/** How long a prefetched page counts as fresh: a click within it shows it without refetching. */
const FRESH_MS = 30_000;

export const PrefetchNextPage = () => {
    const { resource, page, perPage, total, data, isFetching, isPlaceholderData } = useListContext();
    const queryClient = useQueryClient();
    const dataProvider = useDataProvider();

    useEffect(() => {
        if (!data || isFetching || isPlaceholderData || total === undefined || page * perPage >= total) return;
        // The list's own query: active, on this resource, holding the rows on screen.
        const current = queryClient
            .getQueryCache()
            .findAll({ queryKey: [resource, 'getList'], type: 'active' })
            .find(q => (q.state.data as { data?: unknown } | undefined)?.data === data);
        if (!current) return;
        const params = current.queryKey[2] as GetListParams;
        const next: GetListParams = { ...params, pagination: { page: page + 1, perPage } };
        const queryKey: QueryKey = [resource, 'getList', next];
        void queryClient.prefetchQuery({
            queryKey,
            queryFn: () => dataProvider.getList(resource, next).then(({ data, total, pageInfo, meta }) => ({ data, total, pageInfo, meta })),
            staleTime: FRESH_MS,
        });
    }, [data, dataProvider, isFetching, isPlaceholderData, page, perPage, queryClient, resource, total]);

    return null;
};
