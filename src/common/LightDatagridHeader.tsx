// A <Datagrid header> that re-renders only when the sort changes (issue 8). react-admin's
// header reads the whole list context (rows, selection) for its select-all box, so its nine
// sortable cells — each a tooltip, a sort label and a button — re-rendered with every page and
// filter change. For lists without row selection this header reads only the sort context, and
// renders react-admin's own header cells, so it looks and sorts the same.
import { TableHead, TableRow } from '@mui/material';
import { Children, isValidElement, memo, useCallback, useLayoutEffect, useRef, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import { DatagridClasses, DatagridHeaderCell, useListSortContext, type SortPayload } from 'react-admin';

type Field = ReactElement<{ source?: string; sortBy?: string }>;

interface HeadProps {
    fields: Field[];
    sort: SortPayload;
    updateSort: (event: MouseEvent<HTMLElement>) => void;
    className?: string;
}

const Head = memo(
    ({ fields, sort, updateSort, className }: HeadProps) => (
        <TableHead className={className ? `${className} ${DatagridClasses.thead}` : DatagridClasses.thead}>
            <TableRow className={`${DatagridClasses.row} ${DatagridClasses.headerRow}`}>
                {fields.map((field, index) => (
                    <DatagridHeaderCell
                        key={field.props.source || index}
                        className={`${DatagridClasses.headerCell} column-${field.props.source}`}
                        sort={sort}
                        field={field}
                        isSorting={sort.field === (field.props.sortBy || field.props.source)}
                        updateSort={updateSort}
                    />
                ))}
            </TableRow>
        </TableHead>
    ),
    // The fields are the list's own, the same on every render.
    (a, b) => a.sort.field === b.sort.field && a.sort.order === b.sort.order && a.updateSort === b.updateSort && a.className === b.className,
);
Head.displayName = 'LightDatagridHead';

export const LightDatagridHeader = ({ children, className }: { children?: ReactNode; className?: string }) => {
    const { sort, setSort } = useListSortContext();
    // The latest sort and setter, read at click time: the click handler stays one function.
    const latest = useRef({ sort, setSort });
    useLayoutEffect(() => {
        latest.current = { sort, setSort };
    });
    // As react-admin's header: the same field flips the order, another starts with its default.
    const updateSort = useCallback((event: MouseEvent<HTMLElement>) => {
        event.stopPropagation();
        const { sort: current, setSort: set } = latest.current;
        const field = event.currentTarget.dataset.field;
        if (!field || !set) return;
        const order = current?.field === field ? (current.order === 'ASC' ? 'DESC' : 'ASC') : (event.currentTarget.dataset.order as SortPayload['order']);
        set({ field, order });
    }, []);
    const fields = Children.toArray(children).filter(isValidElement) as Field[];
    return <Head fields={fields} sort={sort} updateSort={updateSort} className={className} />;
};
