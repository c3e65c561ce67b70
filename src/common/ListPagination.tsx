// react-admin's pagination with the browser's own rows-per-page select (issue 8).
//
// MUI's select draws its option list as a Menu in a Popover and a Modal, all rendered (closed)
// with every page change: about a tenth of a page change's render on a cold page. The native
// select renders two elements, opens the platform's list and works with the keyboard as before.
// MUI names only its own select by the "Rows per page" label; the native one is named here.
// Nothing is shown while the list's query has failed: there is no page to count.
import { useId, useMemo } from 'react';
import { Pagination, useListContext, type PaginationProps } from 'react-admin';

export const ListPagination = (props: Omit<PaginationProps, 'slotProps'>) => {
    const { error } = useListContext();
    const labelId = useId();
    const slotProps = useMemo<PaginationProps['slotProps']>(
        () => ({ select: { native: true, labelId, inputProps: { 'aria-labelledby': labelId } } }),
        [labelId],
    );
    // A failed query has no page to count (ListLoadError says why).
    if (error) return null;
    return <Pagination slotProps={slotProps} {...props} />;
};
