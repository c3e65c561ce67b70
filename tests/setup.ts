import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
    cleanup();
    if (typeof localStorage !== 'undefined') localStorage.clear(); // node-environment tests have none
});
