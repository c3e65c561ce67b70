// The sign-in page: demo accounts fill the form, missing input and refused sign-ins are shown
// at the fields / above the form, and the page is usable by keyboard.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginPage } from '../../src/login/LoginPage';
import { LoginError } from '../../src/providers/authProvider';
import { authAs, Harness } from './harness';

const renderLogin = (login = vi.fn(async () => undefined)) => {
    render(
        <Harness authProvider={authAs('supervisor', { login, checkAuth: async () => Promise.reject(new Error('signed out')) })}>
            <LoginPage />
        </Harness>,
    );
    return login;
};

describe('LoginPage', () => {
    it('lists the five demo accounts and choosing one fills the form', async () => {
        const user = userEvent.setup();
        renderLogin();
        const accounts = await screen.findAllByRole('button', { name: /\((li\.na|wang\.fang|zhang\.wei|liu\.yang|chen\.jing)\)/ });
        expect(accounts).toHaveLength(5);
        await user.click(screen.getByRole('button', { name: /chen\.jing/ }));
        expect(screen.getByLabelText('Username')).toHaveValue('chen.jing');
        expect(screen.getByLabelText('Password')).toHaveValue('demo');
        // Focus moves to "Sign in" so Enter signs in.
        expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus();
    });

    it('signs in by keyboard alone: Tab to an account, Enter to choose, Enter to sign in', async () => {
        const user = userEvent.setup();
        const login = renderLogin();
        await screen.findByRole('button', { name: /li\.na/ });
        screen.getByRole('button', { name: /li\.na/ }).focus();
        await user.keyboard('{Enter}');
        await user.keyboard('{Enter}');
        await waitFor(() => expect(login).toHaveBeenCalledWith({ username: 'li.na', password: 'demo' }));
    });

    it('shows a missing username and password at their fields without calling the API', async () => {
        const user = userEvent.setup();
        const login = renderLogin();
        await user.click(await screen.findByRole('button', { name: 'Sign in' }));
        expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username');
        expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password');
        expect(login).not.toHaveBeenCalled();
    });

    it('shows a refused sign-in above the form and field errors from the API beside the fields', async () => {
        const user = userEvent.setup();
        const login = vi
            .fn()
            .mockRejectedValueOnce(new LoginError('Unknown username or wrong password.'))
            .mockRejectedValueOnce(new LoginError('Enter a username and password.', { password: 'Enter your password' }));
        renderLogin(login);
        await user.type(await screen.findByLabelText('Username'), 'li.na');
        await user.type(screen.getByLabelText('Password'), 'wrong');
        await user.click(screen.getByRole('button', { name: 'Sign in' }));
        expect(await screen.findByRole('alert')).toHaveTextContent('Unknown username or wrong password.');
        await user.click(screen.getByRole('button', { name: 'Sign in' }));
        await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password'));
    });
});
