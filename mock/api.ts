// Builds the mock API with the routes and seed: shared by the browser, tests and the Node server.
import type { SeedSize } from './core/db';
import type { Persistence } from './core/persistence';
import { prepareDerivedColumns } from './core/listQuery';
import { createMockApi, type MockApi } from './core/server';
import { merchantDefinition } from './resources/merchants';
import { routes, sweepers } from './routes';
import { SEED_ANCHOR, SEED_VERSION, seedDatabase } from './seed';

export const buildMockApi = (persistence: Persistence, seedSize: SeedSize = 'default'): MockApi =>
    createMockApi({
        persistence,
        seedSize,
        seed: seedDatabase,
        routes,
        sweepers,
        initialNow: SEED_ANCHOR,
        seedVersion: SEED_VERSION,
        // The merchants' derived status and review due date (the merchant list's status filter).
        prepare: ctx => prepareDerivedColumns(merchantDefinition, ctx),
    });
