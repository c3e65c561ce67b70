// react-admin's pagination with the browser's own rows-per-page select, re-rendered only when
// what it shows changes (issue 8).
//
// MUI's select draws its option list as a Menu in a Popover and a Modal, all rendered (closed)
// with every page change: about a tenth of a page change's render on a cold page. The native
// select renders two elements, opens the platform's list and works with the keyboard as before.
// MUI names only its own select by the "Rows per page" label; the native one is named here.
//
// ra-core rebuilds setPage and setPerPage whenever the list parameters change, so its
// pagination context changed, and the whole pagination bar re-rendered, on every filter change
// (twice: react-admin copies the URL's parameters into its store just after). The context given
// here keeps its identity while page, size, total and fetch state are the same, with setters
// that call the current ones.
// Nothing is shown while the list's query has failed: there is no page to count.
import { useId, useMemo } from 'react';
import { ListPaginationContext, Pagination, useEvent, useListContext, useListPaginationContext, type PaginationProps } from 'react-admin';

type PaginationContextValue = ReturnType<typeof useListPaginationContext>;

/** The pagination context with setters that keep their identity and call the latest ones. */
const useSteadyPaginationContext = (current: PaginationContextValue): PaginationContextValue => {
    const setPage = useEvent(current.setPage);
    const setPerPage = useEvent(current.setPerPage);
    const { isLoading, isPending, hasPreviousPage, hasNextPage, page, perPage, total, resource } = current;
    return useMemo(
        () => ({ isLoading, isPending, hasPreviousPage, hasNextPage, page, perPage, total, resource, setPage, setPerPage }),
        [isLoading, isPending, hasPreviousPage, hasNextPage, page, perPage, total, resource, setPage, setPerPage],
    );
};

export const ListPagination = (props: Omit<PaginationProps, 'slotProps'>) => {
    const { error } = useListContext();
    const pagination = useSteadyPaginationContext(useListPaginationContext());
    const labelId = useId();
    const slotProps = useMemo<PaginationProps['slotProps']>(
        () => ({ select: { native: true, labelId, inputProps: { 'aria-labelledby': labelId } } }),
        [labelId],
    );
    // A failed query has no page to count (ListLoadError says why).
    if (error) return null;
    return (
        <ListPaginationContext.Provider value={pagination}>
            <Pagination slotProps={slotProps} {...props} />
        </ListPaginationContext.Provider>
    );
};
