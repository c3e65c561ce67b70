// LightDatagridBody (issue 8): plain rows for read-only lists. What react-admin's rows did for
// those lists must still hold: the rows and cells carry react-admin's class names, a click opens
// the record, and so does Enter on a row reached with the keyboard.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Datagrid, List, TestMemoryRouter, TextField, testDataProvider, type DataProvider, type GetListParams } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CategoryCodesField, CategoryCodesProvider } from '../../src/categories/CategoryCodesField';
import { LightDatagridBody } from '../../src/common/LightDatagridBody';
import { authAs, Harness } from './harness';

const ROWS = [
    { id: 'r-01', name: 'Row 1', categoryIds: ['cat-01', 'cat-02'] },
    { id: 'r-02', name: 'Row 2', categoryIds: ['cat-02'] },
];
const CATEGORIES = [
    { id: 'cat-01', code: 'ELEC' },
    { id: 'cat-02', code: 'TOYS' },
];

const provider = () => {
    const getList = vi.fn(async (resource: string, _params: GetListParams) =>
        (resource === 'categories' ? { data: CATEGORIES, total: 2 } : { data: ROWS, total: ROWS.length }) as never,
    );
    return { dataProvider: testDataProvider({ getList } as Partial<DataProvider>), getList };
};

const renderList = (rowClick: 'show' | false) => {
    const { dataProvider, getList } = provider();
    let path = '';
    render(
        <TestMemoryRouter locationCallback={location => (path = location.pathname)}>
            <Harness dataProvider={dataProvider} authProvider={authAs('supervisor', { canAccess: async () => true })}>
                <List resource="rows" disableSyncWithLocation>
                    <CategoryCodesProvider>
                        <Datagrid body={<LightDatagridBody />} rowClick={rowClick} bulkActionButtons={false}>
                            <TextField source="name" />
                            <CategoryCodesField source="categoryIds" />
                        </Datagrid>
                    </CategoryCodesProvider>
                </List>
            </Harness>
        </TestMemoryRouter>,
    );
    return { getList, path: () => path };
};

const row = async (name: string) => (await screen.findByText(name, {}, { timeout: 5000 })).closest('tr')!;

describe('LightDatagridBody', () => {
    it('renders one row per record with react-admin’s row and cell classes, under the header', async () => {
        renderList('show');
        const first = await row('Row 1');
        expect(first.parentElement).toHaveClass('datagrid-body', 'RaDatagrid-tbody');
        expect(first).toHaveClass('RaDatagrid-row', 'RaDatagrid-rowEven', 'RaDatagrid-clickableRow');
        expect(await row('Row 2')).toHaveClass('RaDatagrid-rowOdd');
        expect(within(first).getByText('Row 1').closest('td')).toHaveClass('RaDatagrid-rowCell', 'column-name');
        expect(screen.getByRole('columnheader', { name: /name/i })).toBeInTheDocument();
    });

    it('opens the record on a click, and on Enter once the row has the focus', async () => {
        const { path } = renderList('show');
        fireEvent.click(await row('Row 2'));
        await waitFor(() => expect(path()).toBe('/rows/r-02/show'));

        const first = await row('Row 1');
        expect(first).toHaveAttribute('tabindex', '0');
        first.focus();
        fireEvent.keyDown(first, { key: 'Enter' });
        await waitFor(() => expect(path()).toBe('/rows/r-01/show'));
    });

    it('opens nothing and takes no focus when the list’s rows open nothing', async () => {
        const { path } = renderList(false);
        const first = await row('Row 1');
        expect(first).not.toHaveAttribute('tabindex');
        expect(first).not.toHaveClass('RaDatagrid-clickableRow');
        const before = path();
        fireEvent.click(first);
        await new Promise(resolve => setTimeout(resolve, 50));
        expect(path()).toBe(before);
    });

    it('shows each row’s category codes from the provider’s one categories query', async () => {
        const { getList } = renderList('show');
        const first = await row('Row 1');
        await waitFor(() => expect(within(first).getByText('ELEC')).toBeInTheDocument());
        expect(within(first).getByText('TOYS')).toBeInTheDocument();
        expect(within(await row('Row 2')).queryByText('ELEC')).toBeNull();
        expect(getList.mock.calls.filter(([resource]) => resource === 'categories')).toHaveLength(1);
    });
});
