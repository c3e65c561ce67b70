// The console loads one language at a time (issue 8: the first page carries the messages of the
// language it starts in, the other language is loaded when the operator switches). The start
// language is the remembered choice, else the browser's; switching still works both ways and is
// remembered.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, LocalesMenuButton, testDataProvider, useTranslate } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages } from '../../src/i18n';
import { initialLocale, loadInitialLanguage, loadMessages } from '../../src/i18n/locale';
import { createI18nProvider } from '../../src/i18n/provider';
import { createStore } from '../../src/i18n/store';
import { authAs } from '../components/harness';

const Labels = () => {
    const translate = useTranslate();
    return <p data-testid="labels">{`${translate('ra.action.save')} / ${translate('app.roles.supervisor')} / ${translate('merchants.list.queue_link')}`}</p>;
};

afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
});

describe('language loading', () => {
    it('starts in the remembered language, else the browser language, else English', () => {
        localStorage.setItem('RaStore.locale', JSON.stringify('zh'));
        expect(initialLocale()).toBe('zh');
        localStorage.setItem('RaStore.locale', JSON.stringify('en'));
        vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
        expect(initialLocale()).toBe('en');
        localStorage.clear();
        expect(initialLocale()).toBe('zh');
        vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
        expect(initialLocale()).toBe('en');
    });

    it('loads only the start language, with the same messages as the full set', async () => {
        localStorage.setItem('RaStore.locale', JSON.stringify('zh'));
        const language = await loadInitialLanguage();
        expect(language.locale).toBe('zh');
        expect(language.messages).toEqual(messages.zh);
    });

    it('loads the other language when the operator switches, both ways, and remembers the choice', async () => {
        localStorage.setItem('RaStore.locale', JSON.stringify('zh'));
        const user = userEvent.setup({ delay: null });
        const store = createStore();
        const i18nProvider = createI18nProvider(await loadInitialLanguage(), loadMessages);
        render(
            <AdminContext dataProvider={testDataProvider()} authProvider={authAs('supervisor')} i18nProvider={i18nProvider} store={store}>
                <LocalesMenuButton />
                <Labels />
            </AdminContext>,
        );
        const zh = `保存 / 主管 / ${(messages.zh as { merchants: { list: { queue_link: string } } }).merchants.list.queue_link}`;
        const en = `Save / Supervisor / ${(messages.en as { merchants: { list: { queue_link: string } } }).merchants.list.queue_link}`;
        expect(await screen.findByTestId('labels')).toHaveTextContent(zh);
        await user.click(screen.getByRole('button', { name: /中文/ }));
        await user.click(await screen.findByRole('menuitem', { name: 'English' }));
        expect(await screen.findByText(en)).toBeInTheDocument();
        expect(JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null')).toBe('en');
        await user.click(screen.getByRole('button', { name: /English/ }));
        await user.click(await screen.findByRole('menuitem', { name: '中文' }));
        expect(await screen.findByText(zh)).toBeInTheDocument();
        expect(JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null')).toBe('zh');
    });
});
