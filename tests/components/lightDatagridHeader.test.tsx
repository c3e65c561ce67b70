// LightDatagridHeader (issue 8): react-admin's header cells, re-rendered only when the sort
// changes. Sorting must work as with react-admin's header: a click on the sorted column flips
// its order, a click on another column sorts by it in its default order.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Datagrid, List, TestMemoryRouter, TextField, testDataProvider, type DataProvider, type GetListParams } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { LightDatagridBody } from '../../src/common/LightDatagridBody';
import { LightDatagridHeader } from '../../src/common/LightDatagridHeader';
import { authAs, Harness } from './harness';

const ROWS = [
    { id: 'r-1', name: 'Beta', city: 'Shanghai' },
    { id: 'r-2', name: 'Alpha', city: 'Beijing' },
];

const renderList = () => {
    const getList = vi.fn(async (_resource: string, _params: GetListParams) => ({ data: ROWS, total: ROWS.length }) as never);
    render(
        <TestMemoryRouter>
            <Harness dataProvider={testDataProvider({ getList } as Partial<DataProvider>)} authProvider={authAs('supervisor', { canAccess: async () => true })}>
                <List resource="rows" sort={{ field: 'name', order: 'ASC' }} disableSyncWithLocation>
                    <Datagrid header={<LightDatagridHeader />} body={<LightDatagridBody />} rowClick={false} bulkActionButtons={false}>
                        <TextField source="name" />
                        <TextField source="city" />
                        <TextField source="note" sortable={false} />
                    </Datagrid>
                </List>
            </Harness>
        </TestMemoryRouter>,
    );
    const lastSort = () => getList.mock.calls[getList.mock.calls.length - 1][1].sort;
    return { lastSort };
};

describe('LightDatagridHeader', () => {
    it('shows a header cell per field with react-admin’s classes, the sorted one marked', async () => {
        renderList();
        const name = await screen.findByRole('button', { name: /sort by name/i }, { timeout: 5000 });
        expect(name.closest('th')).toHaveClass('RaDatagrid-headerCell', 'column-name');
        expect(name.closest('thead')).toHaveClass('RaDatagrid-thead');
        expect(name).toHaveClass('Mui-active');
        expect(screen.getByRole('button', { name: /sort by city/i })).not.toHaveClass('Mui-active');
        expect(screen.getByRole('columnheader', { name: 'Note' })).toBeInTheDocument();
        expect(screen.queryByRole('button', { name: /sort by note/i })).toBeNull();
    });

    it('flips the order on the sorted column and sorts by another column in its default order', async () => {
        const { lastSort } = renderList();
        await screen.findByText('Alpha', {}, { timeout: 5000 });
        expect(lastSort()).toEqual({ field: 'name', order: 'ASC' });

        fireEvent.click(screen.getByRole('button', { name: /sort by name/i }));
        await waitFor(() => expect(lastSort()).toEqual({ field: 'name', order: 'DESC' }));

        fireEvent.click(screen.getByRole('button', { name: /sort by city/i }));
        await waitFor(() => expect(lastSort()).toEqual({ field: 'city', order: 'ASC' }));

        fireEvent.click(screen.getByRole('button', { name: /sort by city/i }));
        await waitFor(() => expect(lastSort()).toEqual({ field: 'city', order: 'DESC' }));
    });
});
