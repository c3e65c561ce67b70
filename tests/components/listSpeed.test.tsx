// Issue 8: what the merchant list does to change pages quickly — the next page is fetched while
// the current one is read; category codes come from one shared categories query, not a
// lookup per row; dates go through cached formatters with the same output as before.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Datagrid, List, RecordContextProvider, TestMemoryRouter, TextField, testDataProvider, type DataProvider, type GetListParams } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CategoryCodesField } from '../../src/categories/CategoryCodesField';
import { PrefetchNextPage } from '../../src/common/PrefetchNextPage';
import { ChinaDateField } from '../../src/merchants/format';
import { Harness } from './harness';

const ROWS = Array.from({ length: 60 }, (_, i) => ({ id: `r-${String(i + 1).padStart(2, '0')}`, name: `Row ${i + 1}`, categoryIds: i % 2 ? ['cat-01'] : ['cat-01', 'cat-02'] }));
const CATEGORIES = [
    { id: 'cat-01', code: 'ELEC', nameEn: 'Electronics' },
    { id: 'cat-02', code: 'TOYS', nameEn: 'Toys' },
];

/** `stallRepeats`: a page asked for a second time never answers, so what shows came from the first answer. */
const pagedProvider = ({ stallRepeats = false } = {}) => {
    const answered = new Set<number>();
    const getList = vi.fn(async (resource: string, params: GetListParams) => {
        if (resource === 'categories') return { data: CATEGORIES, total: CATEGORIES.length } as never;
        const { page, perPage } = params.pagination!;
        if (stallRepeats && answered.has(page)) return new Promise<never>(() => undefined);
        answered.add(page);
        return { data: ROWS.slice((page - 1) * perPage, page * perPage), total: ROWS.length } as never;
    });
    return { dataProvider: testDataProvider({ getList } as Partial<DataProvider>), getList };
};

const pagesAsked = (getList: ReturnType<typeof vi.fn>) =>
    getList.mock.calls.filter(([resource]) => resource === 'rows').map(([, params]) => (params as GetListParams).pagination!.page);

const RowList = () => (
    <List resource="rows" perPage={25} sort={{ field: 'id', order: 'ASC' }} disableSyncWithLocation>
        <PrefetchNextPage />
        <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="name" />
            <CategoryCodesField source="categoryIds" />
        </Datagrid>
    </List>
);

const renderRowList = (dataProvider: DataProvider) =>
    render(
        <TestMemoryRouter>
            <Harness dataProvider={dataProvider}>
                <RowList />
            </Harness>
        </TestMemoryRouter>,
    );

describe('PrefetchNextPage (issue 8: next page within 100 ms)', () => {
    it('fetches page 2 while page 1 is shown, so the click shows page 2 from what was fetched', async () => {
        const { dataProvider, getList } = pagedProvider({ stallRepeats: true });
        renderRowList(dataProvider);
        await screen.findByText('Row 1', {}, { timeout: 5000 });
        await waitFor(() => expect(pagesAsked(getList)).toEqual([1, 2]));
        // The prefetch used the list's own query: same sort, same (empty) filter.
        const prefetch = getList.mock.calls.find(([r, p]) => r === 'rows' && (p as GetListParams).pagination!.page === 2)![1] as GetListParams;
        expect(prefetch.sort).toEqual({ field: 'id', order: 'ASC' });
        expect(prefetch.filter).toEqual({});

        fireEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
        expect(await screen.findByText('Row 26', {}, { timeout: 5000 })).toBeInTheDocument();
        expect(screen.queryByText('Row 1')).toBeNull();
        // Shown from the prefetched answer: any later request for page 2 never answers here.
        expect(pagesAsked(getList).indexOf(2)).toBe(1);
    });

    it('asks for nothing beyond the last page', async () => {
        const { dataProvider, getList } = pagedProvider();
        render(
            <TestMemoryRouter>
                <Harness dataProvider={dataProvider}>
                    <List resource="rows" perPage={100} disableSyncWithLocation>
                        <PrefetchNextPage />
                        <Datagrid bulkActionButtons={false} rowClick={false}>
                            <TextField source="name" />
                        </Datagrid>
                    </List>
                </Harness>
            </TestMemoryRouter>,
        );
        await screen.findByText('Row 60', {}, { timeout: 5000 });
        // Give a wrongly scheduled prefetch the time to happen.
        await new Promise(resolve => setTimeout(resolve, 50));
        expect(pagesAsked(getList)).toEqual([1]);
    });
});

describe('CategoryCodesField', () => {
    it('shows each row’s category codes from one categories query for the whole page', async () => {
        const { dataProvider, getList } = pagedProvider();
        renderRowList(dataProvider);
        const firstRow = (await screen.findByText('Row 1', {}, { timeout: 5000 })).closest('tr')!;
        await waitFor(() => expect(within(firstRow).getByText('TOYS')).toBeInTheDocument());
        expect(within(firstRow).getByText('ELEC')).toBeInTheDocument();
        expect(within(screen.getByText('Row 2').closest('tr')!).queryByText('TOYS')).toBeNull();
        expect(getList.mock.calls.filter(([resource]) => resource === 'categories')).toHaveLength(1);
    });
});

describe('ChinaDateField', () => {
    it('shows an instant as its date in China time, in the console language, and "—" when empty', async () => {
        // 2026-11-19T20:30Z is already 20 November in China (UTC+8).
        const { rerender } = render(
            <Harness>
                <RecordContextProvider value={{ id: 1, at: '2026-11-19T20:30:00.000Z', none: null }}>
                    <ChinaDateField source="at" />
                    <span data-testid="empty"><ChinaDateField source="none" emptyText="—" /></span>
                </RecordContextProvider>
            </Harness>,
        );
        expect(await screen.findByText('20 Nov 2026')).toBeInTheDocument();
        expect(screen.getByTestId('empty')).toHaveTextContent('—');
        rerender(
            <Harness>
                <RecordContextProvider value={{ id: 1, at: '2026-11-19T20:30:00.000Z' }}>
                    <ChinaDateField source="at" showTime />
                </RecordContextProvider>
            </Harness>,
        );
        expect(await screen.findByText('20 Nov 2026, 04:30')).toBeInTheDocument();
    });
});
