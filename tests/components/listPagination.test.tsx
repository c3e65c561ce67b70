// ListPagination (issue 8): react-admin's pagination with the browser's own rows-per-page
// select. It must page, and change the page size, as react-admin's does.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Datagrid, List, PaginationActions, TextField, type PaginationActionsProps } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { ListPagination } from '../../src/common/ListPagination';
import { namedRows, renderWithList, rowsGetList } from './harness';

const renderList = (pagination = <ListPagination />) => {
    const getList = rowsGetList(namedRows(60));
    renderWithList(
        getList,
        <List resource="rows" perPage={25} sort={{ field: 'id', order: 'ASC' }} pagination={pagination}>
            <Datagrid rowClick={false} bulkActionButtons={false}>
                <TextField source="name" />
            </Datagrid>
        </List>,
    );
    const lastCall = () => getList.mock.calls[getList.mock.calls.length - 1][1];
    const lastPagination = () => lastCall().pagination;
    return { lastPagination, lastCall };
};

describe('ListPagination', () => {
    it('offers the page sizes in a native select named by its label', async () => {
        renderList();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        const select = screen.getByRole('combobox', { name: /rows per page/i });
        expect(select.tagName).toBe('SELECT');
        expect(select).toHaveValue('25');
        expect([...(select as HTMLSelectElement).options].map(o => o.value)).toEqual(['5', '10', '25', '50']);
        expect(screen.getByText('1-25 of 60')).toBeInTheDocument();
    });

    it('changes the page size and the page', async () => {
        const { lastPagination } = renderList();
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        fireEvent.change(screen.getByRole('combobox', { name: /rows per page/i }), { target: { value: '50' } });
        await waitFor(() => expect(lastPagination()).toEqual({ page: 1, perPage: 50 }));
        await screen.findByText('1-50 of 60');

        fireEvent.click(screen.getByRole('button', { name: /go to next page/i }));
        await waitFor(() => expect(lastPagination()).toEqual({ page: 2, perPage: 50 }));
        await screen.findByText('Row 51');
    });

    it('does not re-render the pagination bar when the sort changes but not the page, and pages with the new sort', async () => {
        let barRenders = 0;
        const CountedActions = (props: PaginationActionsProps) => {
            barRenders++;
            return <PaginationActions {...props} />;
        };
        const { lastCall } = renderList(<ListPagination actions={CountedActions} />);
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        const rendersBefore = barRenders;

        fireEvent.click(screen.getByRole('button', { name: /name/i }));
        await waitFor(() => expect(lastCall().sort).toEqual({ field: 'name', order: 'ASC' }));
        await screen.findByText('Row 10');
        expect(barRenders).toBe(rendersBefore);

        fireEvent.click(screen.getByRole('button', { name: /go to next page/i }));
        await waitFor(() => expect(lastCall()).toMatchObject({ pagination: { page: 2, perPage: 25 }, sort: { field: 'name', order: 'ASC' } }));
        expect(barRenders).toBeGreaterThan(rendersBefore);
    });
});
