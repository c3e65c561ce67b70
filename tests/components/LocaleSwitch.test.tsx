// The language switch: choosing 中文 translates react-admin's and the console's messages, the
// choice is kept in react-admin's store (localStorage) and survives the store reset that
// signing out performs.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, LocalesMenuButton, testDataProvider, useTranslate } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../src/i18n';
import { createStore } from '../../src/i18n/store';
import { authAs } from './harness';

const Labels = () => {
    const translate = useTranslate();
    return (
        <p data-testid="labels">
            {translate('ra.action.save')} / {translate('app.roles.supervisor')}
        </p>
    );
};

describe('locale switch', () => {
    it('switches to Chinese, remembers it in localStorage and keeps it when the store is reset on sign-out', async () => {
        const user = userEvent.setup({ delay: null });
        const store = createStore();
        render(
            <AdminContext dataProvider={testDataProvider()} authProvider={authAs('supervisor')} i18nProvider={i18nProvider} store={store}>
                <LocalesMenuButton />
                <Labels />
            </AdminContext>,
        );
        expect(await screen.findByTestId('labels')).toHaveTextContent('Save / Supervisor');
        await user.click(screen.getByRole('button', { name: /English/i }));
        await user.click(await screen.findByRole('menuitem', { name: '中文' }));
        expect(await screen.findByText('保存 / 主管')).toBeInTheDocument();
        expect(JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null')).toBe('zh');
        store.reset();
        expect(JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null')).toBe('zh');
    });
});
