// What the mock API's worker does with each message from the page (issue 8).
//
// MSW's service worker hands every request to the page's main thread, which forwards it here.
// While the console renders (a filter change re-renders the list twice before the main thread
// is free), a request waits 30–60 ms on that thread before the worker even sees it. A network
// would carry it to the server at once. So the page also sends each GET here the moment the
// console calls fetch (sendGetsEarly in ../browser.ts): the worker answers that copy at once and
// keeps the answer; the copy that arrives through MSW, tagged with the same EARLY_GET_HEADER
// value, gets the kept answer instead of a second run. Every GET therefore runs exactly once,
// in the order the console sent it, as on a real server.
import { EARLY_GET_HEADER, fromWorkerRequest, toWorkerResponse, type WorkerRequest, type WorkerResponse } from './protocol';

/** Kept answers nobody claimed (the console aborted the fetch before MSW delivered it) go after this long. */
export const EARLY_ANSWER_TTL_MS = 60_000;

const failedUnexpectedly = (error: unknown) =>
    // handle() answers every failure itself; this is for a failure outside it.
    Response.json({ message: `The mock API failed unexpectedly: ${(error as Error)?.message ?? error}. Nothing was saved.` }, { status: 500 });

export const requestDispatcher = (handle: (request: Request) => Promise<Response>, now: () => number = () => performance.now()) => {
    const kept = new Map<string, { at: number; answer: Promise<WorkerResponse> }>();

    const run = async (id: number, message: WorkerRequest): Promise<WorkerResponse> => {
        const headers = message.headers.filter(([name]) => name.toLowerCase() !== EARLY_GET_HEADER);
        const response = await handle(fromWorkerRequest({ ...message, headers })).catch(failedUnexpectedly);
        return toWorkerResponse(id, response);
    };

    /** The answer to post back, or null for an early copy (answered when its MSW copy arrives). */
    const dispatch = async (message: WorkerRequest): Promise<WorkerResponse | null> => {
        const tag = message.headers.find(([name]) => name.toLowerCase() === EARLY_GET_HEADER)?.[1];
        if (message.early) {
            const at = now();
            for (const [key, entry] of kept) if (at - entry.at > EARLY_ANSWER_TTL_MS) kept.delete(key);
            if (tag === undefined) return null;
            const answer = run(0, message);
            kept.set(tag, { at, answer });
            await answer; // so the worker counts it as a request in flight
            return null;
        }
        const early = tag === undefined ? undefined : kept.get(tag);
        if (!early) return run(message.id, message);
        kept.delete(tag!);
        return { ...(await early.answer), id: message.id };
    };

    return { dispatch, get keptAnswers() { return kept.size; } };
};
