// A list's toolbar (filter form, filter button, export) re-rendered only when what it shows
// changes, not with every page of rows (issue 8).
//
// react-admin's list context is one object, so everything that reads it re-renders when the page,
// the rows or the fetch state change, and ra-core's list parameters rebuild the filter values and
// the setters with every page. The filter form's inputs alone were a third of a page change's
// render. <ToolbarListContext> re-provides the list context to its children with only the fields
// a toolbar reads; the value keeps its identity while those fields are equal, and the setters
// are stable wrappers that call the current ones.
//
// What the toolbar may read: resource, defaultTitle, filterValues, displayedFilters, sort, perPage,
// total, isPending, exporter and the filter, sort and per-page setters. The rows, the page and
// the fetch state are not in the value: a component under it that needs them must sit outside.
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { ListContextProvider, useListContext, type ListControllerResult } from 'react-admin';

/** The same reference while the JSON of the value is the same (filters are rebuilt per page). */
const useEqualValue = <T,>(value: T): T => {
    const last = useRef<{ json: string; value: T } | undefined>(undefined);
    const json = JSON.stringify(value) ?? '';
    if (last.current?.json !== json) last.current = { json, value };
    return last.current.value;
};

type Setters = Pick<ListControllerResult, 'setFilters' | 'showFilter' | 'hideFilter' | 'setSort' | 'setPerPage'>;

/** Functions that keep their identity and call the latest setters the list context gives. */
const useStableSetters = (current: Setters): Setters => {
    const latest = useRef(current);
    useLayoutEffect(() => {
        latest.current = current;
    });
    return useMemo(
        () => ({
            setFilters: (...args) => latest.current.setFilters(...args),
            showFilter: (...args) => latest.current.showFilter(...args),
            hideFilter: (...args) => latest.current.hideFilter(...args),
            setSort: (...args) => latest.current.setSort(...args),
            setPerPage: (...args) => latest.current.setPerPage(...args),
        }),
        [],
    );
};

export const ToolbarListContext = ({ children }: { children: ReactNode }) => {
    const list = useListContext();
    const setters = useStableSetters(list);
    const filterValues = useEqualValue(list.filterValues);
    const displayedFilters = useEqualValue(list.displayedFilters);
    const sort = useEqualValue(list.sort);
    const { resource, defaultTitle, perPage, total, isPending, exporter } = list;
    const value = useMemo(
        () =>
            ({
                ...setters,
                resource,
                defaultTitle,
                filterValues,
                displayedFilters,
                sort,
                perPage,
                total,
                isPending,
                exporter,
            }) as unknown as ListControllerResult,
        [setters, resource, defaultTitle, filterValues, displayedFilters, sort, perPage, total, isPending, exporter],
    );
    return <ListContextProvider value={value}>{children}</ListContextProvider>;
};
