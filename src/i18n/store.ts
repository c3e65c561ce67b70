// react-admin's localStorage store, except that signing out (which resets the store) keeps
// the chosen language: the login page after a sign-out speaks the operator's language.
import { localStorageStore, type Store } from 'react-admin';

export const createStore = (): Store => {
    const base = localStorageStore();
    return {
        ...base,
        reset() {
            const locale = base.getItem<string>('locale');
            base.reset();
            if (locale) base.setItem('locale', locale);
        },
    };
};
