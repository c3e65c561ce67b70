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
// What the toolbar may read: resource, defaultTitle, filter, filterValues, displayedFilters, sort,
// perPage, total, isPending, exporter, getData and the filter, sort and per-page setters (the
// filter form's part: the same without total, isPending, exporter and getData). The rows, the
// page and the fetch state are not in the value: a component under it that needs them must sit
// outside.
//
// listToolbar(filters, actions) gives a <List>'s filters and actions props wrapped this way.
import { useLayoutEffect, useMemo, useRef, type ReactElement, type ReactNode } from 'react';
import { FilterContext, FilterForm, ListActions, ListContextProvider, useListContext, type ListControllerResult } from 'react-admin';

/** The same reference while the JSON of the value is the same (filters are rebuilt per page). */
const useEqualValue = <T,>(value: T): T => {
    const last = useRef<{ json: string; value: T } | undefined>(undefined);
    const json = JSON.stringify(value) ?? '';
    if (last.current?.json !== json) last.current = { json, value };
    return last.current.value;
};

type Setters = Pick<ListControllerResult, 'setFilters' | 'showFilter' | 'hideFilter' | 'setSort' | 'setPerPage' | 'getData'>;

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
            // The export's "fetch every matching row" (react-admin's ExportButton).
            getData: (...args) => latest.current.getData!(...args),
        }),
        [],
    );
};

/**
 * `part="filters"` leaves out what only the actions read (total, fetch state, export), so the
 * filter form — a search box and a multiple select, each a full MUI text field — does not
 * re-render when a query's rows and total arrive.
 */
export const ToolbarListContext = ({ children, part = 'actions' }: { children: ReactNode; part?: 'filters' | 'actions' }) => {
    const list = useListContext();
    const setters = useStableSetters(list);
    const filterValues = useEqualValue(list.filterValues);
    const displayedFilters = useEqualValue(list.displayedFilters);
    const sort = useEqualValue(list.sort);
    const filter = useEqualValue(list.filter);
    const forActions = part === 'actions';
    const { resource, defaultTitle, perPage } = list;
    const total = forActions ? list.total : undefined;
    const isPending = forActions ? list.isPending : false;
    const exporter = forActions ? list.exporter : undefined;
    const hasGetData = forActions && Boolean(list.getData);
    const value = useMemo(
        () =>
            ({
                ...setters,
                getData: hasGetData ? setters.getData : undefined,
                resource,
                defaultTitle,
                filter,
                filterValues,
                displayedFilters,
                sort,
                perPage,
                total,
                isPending,
                exporter,
            }) as unknown as ListControllerResult,
        [setters, hasGetData, resource, defaultTitle, filter, filterValues, displayedFilters, sort, perPage, total, isPending, exporter],
    );
    return <ListContextProvider value={value}>{children}</ListContextProvider>;
};

/**
 * A <List>'s `filters` and `actions` props with the toolbar under ToolbarListContext: the filter
 * form, and the actions (react-admin's default ones unless given) with the filters for their
 * "Add filter" button.
 * <List {...listToolbar(filters, <Actions />)} …>
 */
export const listToolbar = (filters: ReactElement[], actions: ReactElement = <ListActions />) => ({
    filters: (
        <ToolbarListContext part="filters">
            <FilterForm filters={filters} />
        </ToolbarListContext>
    ),
    actions: (
        <ToolbarListContext>
            <FilterContext.Provider value={filters}>{actions}</FilterContext.Provider>
        </ToolbarListContext>
    ),
});
