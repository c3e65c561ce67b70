// A <Datagrid body> for read-only lists whose rows open the record (issue 8). react-admin's rows
// are a TableRow with a TableCell, a DatagridCell and store subscriptions (expand state) per
// cell and row: about 70 components a row, each styled again on every render. Here a row is a
// <tr> of plain <td>s with react-admin's class names (RaDatagrid-row, column-<source>, …) and the
// cell styles the theme defines once (layout/theme.ts), so the list looks the same.
// Only what those lists use: rowClick "show" or "edit", no selection, no expand panel. A row
// is reachable with Tab and opens with Enter, as a click does.
import { Children, isValidElement, memo, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';
import { RecordContextProvider, useCreatePath, useNavigate, useResourceContext, type RaRecord } from 'react-admin';

interface Props {
    data?: RaRecord[];
    resource?: string;
    rowClick?: unknown;
    className?: string;
    children?: ReactNode;
}

type Field = ReactElement<{ source?: string }>;

interface RowProps {
    record: RaRecord;
    fields: Field[];
    even: boolean;
    /** The path the row opens, or null when rows open nothing. */
    to: string | null;
    /** react-admin's navigate: one stable function. The router's own would re-render every row on every URL change. */
    navigate: ReturnType<typeof useNavigate>;
}

const Row = memo(
    ({ record, fields, even, to, navigate }: RowProps) => {
        const open = () => {
            if (to) navigate(to, { state: { _scrollToTop: true } });
        };
        const onKeyDown = (event: KeyboardEvent) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) open();
        };
        return (
            <RecordContextProvider value={record}>
                <tr
                    className={`RaDatagrid-row ${even ? 'RaDatagrid-rowEven' : 'RaDatagrid-rowOdd'} tw-row${to ? ' RaDatagrid-clickableRow' : ''}`}
                    onClick={to ? open : undefined}
                    onKeyDown={to ? onKeyDown : undefined}
                    tabIndex={to ? 0 : undefined}
                >
                    {fields.map((field, index) => (
                        <td key={field.props.source ?? index} className={`RaDatagrid-rowCell column-${field.props.source} tw-cell`}>
                            {field}
                        </td>
                    ))}
                </tr>
            </RecordContextProvider>
        );
    },
    // The fields are the list's own, the same on every render; a row changes with its record.
    (a, b) => a.record === b.record && a.even === b.even && a.to === b.to && a.navigate === b.navigate,
);
Row.displayName = 'LightDatagridRow';

export const LightDatagridBody = ({ data = [], resource: resourceProp, rowClick, className, children }: Props) => {
    // Datagrid passes its own `resource` prop, usually unset: the list's resource is in context.
    const resource = useResourceContext({ resource: resourceProp });
    const createPath = useCreatePath();
    const navigate = useNavigate();
    const fields = Children.toArray(children).filter(isValidElement) as Field[];
    const type = rowClick === 'show' || rowClick === 'edit' ? rowClick : null;
    return (
        <tbody className={`datagrid-body RaDatagrid-tbody${className ? ` ${className}` : ''}`}>
            {data.map((record, index) => (
                <Row key={record.id} record={record} fields={fields} even={index % 2 === 0} to={type && resource ? createPath({ resource, id: record.id, type }) : null} navigate={navigate} />
            ))}
        </tbody>
    );
};
// react-admin's Table treats it as its body.
LightDatagridBody.muiName = 'TableBody';
