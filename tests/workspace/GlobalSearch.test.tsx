import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, testDataProvider } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { GlobalSearch } from '../../src/search/GlobalSearch';
import { i18nProvider } from '../../src/i18n';

const Where = () => <div data-testid="where">{useLocation().pathname}</div>;

const hits = [
    { resource: 'merchants', id: 'm-00001', title: '深圳华锐电子科技有限公司 · Huarui', subtitle: '9144… · 138****5678', status: 'active' },
    { resource: 'complaints', id: 'cmp-00002', title: 'CMP-2026-000002', subtitle: 'ORD-1', status: 'new' },
];

describe('GlobalSearch', () => {
    it('moves through results with the arrow keys and opens one with Enter', async () => {
        const fetchPath = vi.fn(async () => ({ data: { hits } }));
        render(
            <AdminContext i18nProvider={i18nProvider} dataProvider={testDataProvider({ fetchPath } as never)}>
                <GlobalSearch />
                <Where />
            </AdminContext>,
        );
        const box = screen.getByRole('combobox', { name: /search merchants and complaints/i });
        await userEvent.type(box, 'hua');
        await waitFor(() => expect(fetchPath).toHaveBeenCalledWith('/search?q=hua'));
        await screen.findByText('CMP-2026-000002');
        await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
        await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/complaints/cmp-00002/show'));
    });

    it('focuses the search box when "/" is pressed elsewhere', async () => {
        render(
            <AdminContext i18nProvider={i18nProvider} dataProvider={testDataProvider({ fetchPath: async () => ({ data: { hits: [] } }) } as never)}>
                <GlobalSearch />
            </AdminContext>,
        );
        await userEvent.keyboard('/');
        expect(screen.getByRole('combobox')).toHaveFocus();
    });
});
