// ListLoadError with ListPagination: a list whose query the API refuses (a hand-edited URL with a
// page size of -5) says why and offers a way back, instead of "no rows" and "1--5 of -5".
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Datagrid, List, TextField } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { ListLoadError } from '../../src/common/ListLoadError';
import { ListPagination } from '../../src/common/ListPagination';
import { namedRows, renderWithList, rowsGetList } from './harness';

const REFUSAL = 'The "range" parameter must be [start,end] with 0 ≤ start ≤ end.';

const renderList = (url: string) => {
    const getList = rowsGetList(namedRows(30), ({ pagination }) => (pagination!.perPage > 0 && pagination!.page > 0 ? null : REFUSAL));
    renderWithList(
        getList,
        <List resource="rows" perPage={25} sort={{ field: 'id', order: 'ASC' }} pagination={<ListPagination />} error={<ListLoadError />}>
            <Datagrid rowClick={false} bulkActionButtons={false} empty={<p>No rows match these filters.</p>}>
                <TextField source="name" />
            </Datagrid>
        </List>,
        url,
    );
    const lastParams = () => getList.mock.calls[getList.mock.calls.length - 1][1];
    return { lastParams };
};

describe('ListLoadError', () => {
    it('shows the API’s reason instead of an empty list and a page count', async () => {
        renderList('/?perPage=-5&filter=%7B%22name%22%3A%22Row%22%7D');
        const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
        expect(alert).toHaveTextContent(`This list could not be loaded: ${REFUSAL}`);
        expect(screen.queryByText('No rows match these filters.')).toBeNull();
        expect(screen.queryByRole('combobox', { name: /rows per page/i })).toBeNull();
        expect(screen.queryByText(/of -5/)).toBeNull();
    });

    it('goes back to the first page of the unfiltered list at the default page size', async () => {
        const { lastParams } = renderList('/?perPage=-5&page=3&filter=%7B%22name%22%3A%22Row%22%7D');
        await screen.findByRole('alert', {}, { timeout: 5000 });
        fireEvent.click(screen.getByRole('button', { name: 'Show the list without these filters and page settings' }));
        await waitFor(() => expect(lastParams()).toMatchObject({ pagination: { page: 1, perPage: 25 }, filter: {} }));
        await screen.findByText('Row 1');
        expect(screen.queryByRole('alert')).toBeNull();
        expect(screen.getByText('1-25 of 30')).toBeInTheDocument();
    });

    it('shows nothing when the list loads', async () => {
        renderList('/');
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        expect(screen.queryByRole('alert')).toBeNull();
    });
});
