// The messages between the page (MSW's request handler) and the mock API's Web Worker.
// Requests and responses cross as plain data; bodies are transferred, not copied.

export interface WorkerRequest {
    id: number;
    /**
     * Set on the copy of a GET the page sends when the console calls fetch (sendGetsEarly in
     * ../browser.ts): the worker answers it at once and keeps the answer for the copy that
     * arrives through MSW with the same EARLY_GET_HEADER value. No reply is sent for it.
     */
    early?: true;
    url: string;
    method: string;
    headers: Array<[string, string]>;
    body: ArrayBuffer | null;
}

export interface WorkerResponse {
    id: number;
    status: number;
    statusText: string;
    headers: Array<[string, string]>;
    body: ArrayBuffer | null;
}

/** The header that pairs a GET sent early with its copy delivered through MSW. */
export const EARLY_GET_HEADER = 'x-tradeward-early-get';

/** Statuses whose response may not carry a body (fetch spec: "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export const toWorkerRequest = async (id: number, request: Request): Promise<WorkerRequest> => {
    const method = request.method.toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? null : await request.arrayBuffer();
    return { id, url: request.url, method, headers: [...request.headers], body };
};

export const fromWorkerRequest = (message: WorkerRequest): Request =>
    new Request(message.url, { method: message.method, headers: message.headers, body: message.body });

export const toWorkerResponse = async (id: number, response: Response): Promise<WorkerResponse> => {
    const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
    return { id, status: response.status, statusText: response.statusText, headers: [...response.headers], body };
};

export const fromWorkerResponse = (message: WorkerResponse): Response =>
    new Response(message.body, { status: message.status, statusText: message.statusText, headers: message.headers });
