// ToolbarListContext (issue 8): a list toolbar that re-renders when the filters, sort or total
// change, not with every page of rows, and whose filter form and setters still drive the list.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Datagrid, FilterForm, List, TextField, TextInput, useListContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { listToolbar, ToolbarListContext } from '../../src/common/ToolbarListContext';
import { namedRows, renderWithList, rowsGetList } from './harness';

const ROWS = namedRows(30);
const filters = [<TextInput key="name" source="name" alwaysOn />];

let probeRenders = 0;
const ToolbarProbe = () => {
    probeRenders++;
    const { filterValues, total, sort, setFilters } = useListContext();
    return (
        <div>
            <span data-testid="probe">{`${JSON.stringify(filterValues)} total=${total} sort=${sort.field}`}</span>
            <button type="button" onClick={() => setFilters({ name: 'Row 30' }, {})}>
                Only row 30
            </button>
        </div>
    );
};

/** What the filter form's part shows, one entry per render. */
let filterPartRenders: string[] = [];
const FilterPartProbe = () => {
    const { filterValues, total } = useListContext();
    filterPartRenders.push(`${JSON.stringify(filterValues)} total=${total}`);
    return null;
};

const renderList = () => {
    probeRenders = 0;
    filterPartRenders = [];
    const getList = rowsGetList(ROWS);
    renderWithList(
        getList,
        <List
            resource="rows"
            perPage={10}
            sort={{ field: 'name', order: 'ASC' }}
            filters={
                <ToolbarListContext part="filters">
                    <FilterForm filters={filters} />
                    <FilterPartProbe />
                </ToolbarListContext>
            }
            actions={
                <ToolbarListContext>
                    <ToolbarProbe />
                </ToolbarListContext>
            }
        >
            <Datagrid rowClick={false} bulkActionButtons={false}>
                <TextField source="name" />
            </Datagrid>
        </List>,
    );
    const lastFilter = () => getList.mock.calls[getList.mock.calls.length - 1][1].filter;
    return { lastFilter };
};

describe('ToolbarListContext', () => {
    it('gives the toolbar the filters, total and sort, and does not re-render it when the page changes', async () => {
        renderList();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        expect(screen.getByTestId('probe')).toHaveTextContent('{} total=30 sort=name');
        const rendersBefore = probeRenders;

        fireEvent.click(screen.getByRole('button', { name: /go to next page/i }));
        await screen.findByText('Row 11');
        await waitFor(() => expect(screen.queryByText('Row 1')).toBeNull());
        expect(probeRenders).toBe(rendersBefore);
    });

    it('re-renders the toolbar when the filters change, and its setters drive the list', async () => {
        const { lastFilter } = renderList();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        // A page change first: the setters must still reach the list's current parameters.
        fireEvent.click(screen.getByRole('button', { name: /go to next page/i }));
        await screen.findByText('Row 11');

        fireEvent.click(screen.getByRole('button', { name: 'Only row 30' }));
        await waitFor(() => expect(lastFilter()).toEqual({ name: 'Row 30' }));
        await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('{"name":"Row 30"} total=1 sort=name'));
        expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Row 30');
    });

    it('the filter form’s part re-renders for a new filter but not when its rows and total arrive', async () => {
        renderList();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        fireEvent.click(screen.getByRole('button', { name: 'Only row 30' }));
        await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('{"name":"Row 30"} total=1'));
        expect(filterPartRenders.filter(r => r.startsWith('{"name":"Row 30"}'))).toEqual(['{"name":"Row 30"} total=undefined']);
    });

    it('keeps the filter form working: typing filters the list', async () => {
        const { lastFilter } = renderList();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Row 3' } });
        await waitFor(() => expect(lastFilter()).toEqual({ name: 'Row 3' }), { timeout: 3000 });
        await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('total=2'));
    });
});

describe('listToolbar', () => {
    const moreFilters = [<TextInput key="name" source="name" alwaysOn />, <TextInput key="city" source="city" />];

    const renderWithDefaultActions = () => {
        const exporter = vi.fn();
        renderWithList(
            rowsGetList(ROWS),
            <List resource="rows" perPage={10} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} {...listToolbar(moreFilters)}>
                <Datagrid rowClick={false} bulkActionButtons={false}>
                    <TextField source="name" />
                </Datagrid>
            </List>,
        );
        return { exporter };
    };

    it('keeps react-admin’s default actions working: "Add filter" shows a hidden filter', async () => {
        renderWithDefaultActions();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        expect(screen.queryByRole('textbox', { name: 'City' })).toBeNull();
        fireEvent.click(screen.getByRole('button', { name: /add filter/i }));
        fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'City' }));
        expect(await screen.findByRole('textbox', { name: 'City' })).toBeInTheDocument();
    });

    it('exports every row matching the current filter, after the page and the filter changed', async () => {
        const { exporter } = renderWithDefaultActions();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        fireEvent.click(screen.getByRole('button', { name: /go to next page/i }));
        await screen.findByText('Row 11');
        fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Row 2' } });
        await screen.findByText('1-10 of 11', {}, { timeout: 3000 });

        fireEvent.click(screen.getByRole('button', { name: /export/i }));
        await waitFor(() => expect(exporter).toHaveBeenCalled());
        const exported = exporter.mock.calls[0][0] as Array<{ name: string }>;
        expect(exported.map(r => r.name)).toEqual(ROWS.filter(r => r.name.startsWith('Row 2')).map(r => r.name));
    });
});
