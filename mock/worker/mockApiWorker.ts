// The mock API in a dedicated Web Worker (issue 8): the seed (20,000 merchants, 100,000 ledger
// entries on the large size) is generated and queried on the second core, so the console's
// main thread renders while the data is built and stays responsive while lists are filtered.
// The page's MSW handler forwards each /api request here (see ../browser.ts).
import { buildMockApi } from '../api';
import type { SeedSize } from '../core/db';
import { IndexedDbPersistence } from '../core/indexedDbPersistence';
import { requestDispatcher } from './dispatcher';
import type { WorkerRequest } from './protocol';

interface WorkerScope {
    onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
    postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const seedSize = (import.meta.env.VITE_SEED_SIZE as SeedSize | undefined) ?? 'default';
const api = buildMockApi(new IndexedDbPersistence(`tradeward-mock-${seedSize}`), seedSize);

const { dispatch } = requestDispatcher(api.handle);
let inFlight = 0;
let lastRequestAt = 0;

scope.onmessage = async event => {
    const message = event.data;
    inFlight++;
    lastRequestAt = performance.now();
    try {
        const reply = await dispatch(message);
        if (reply) scope.postMessage(reply, reply.body ? [reply.body] : []);
    } finally {
        inFlight--;
        lastRequestAt = performance.now();
    }
};

// Seed parts the first requests do not need (Database.defer) are built ahead once the console
// has been quiet for a few seconds (an operator reading a page), one part per turn, so a later
// page rarely waits for one while an operator paging and filtering never queues behind one
// (a part takes up to a second on the large seed). A request that needs a part sooner builds it.
// The seed's ledger and the merchants' documents are not built ahead (defer's onDemand): one
// account's entries or one merchant's documents are made from the seed when read, and only a
// read of all of them or a write makes the whole collection.
//
// The list indexes a first filter would build (the merchants' derived status, R-PEN-10: tens of
// milliseconds on the large seed) are built sooner, once after each burst of requests, when the
// console has been quiet for 100 ms: a request that arrives meanwhile waits that long at most.
const QUIET_MS = 5000;
const PREPARE_QUIET_MS = 100;
const buildAhead = async () => {
    await api.ready;
    let preparedAfter = -1;
    for (;;) {
        await new Promise(resolve => setTimeout(resolve, 50));
        const quietFor = performance.now() - lastRequestAt;
        if (inFlight > 0) continue;
        if (quietFor >= PREPARE_QUIET_MS && preparedAfter !== lastRequestAt) {
            preparedAfter = lastRequestAt;
            await api.prepare();
            continue;
        }
        if (quietFor < QUIET_MS) continue;
        // Keeps watching: a demo reset starts a fresh database with its own deferred parts.
        api.db.generateNextDeferred();
    }
};
void buildAhead();
