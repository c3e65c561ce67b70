// The mock API under msw/node, for tests: same handlers, data in memory.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { buildMockApi } from './api';
import type { SeedSize } from './core/db';
import { MemoryPersistence } from './core/persistence';

export const createNodeMockServer = (seedSize: SeedSize = 'small') => {
    const api = buildMockApi(new MemoryPersistence(), seedSize);
    const server = setupServer(http.all('*/api/*', ({ request }) => api.handle(request)));
    return { api, server };
};
