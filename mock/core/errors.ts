// Errors the API answers with. 400/422 carry field errors so react-admin shows them beside
// the fields ({ message, errors: { field: message } }); every message says what to do.
export class ApiError extends Error {
    constructor(
        public readonly status: number,
        message: string,
        public readonly errors?: Record<string, string>,
        public readonly rule?: string,
        /** Extra response headers, e.g. Allow on a 405. */
        public readonly headers?: Record<string, string>,
    ) {
        super(message);
        this.name = 'ApiError';
    }
}

export const badRequest = (message: string, errors?: Record<string, string>) => new ApiError(400, message, errors);
export const invalid = (errors: Record<string, string>, message = 'Some fields are not valid; see the messages beside them.') =>
    new ApiError(422, message, errors);
export const unauthorized = (message = 'Sign in to continue: your session is missing or has expired.') => new ApiError(401, message);
export const forbidden = (message: string, rule?: string) => new ApiError(403, message, undefined, rule);
export const notFound = (resource: string, id?: string) =>
    new ApiError(404, id ? `No ${resource} record with id "${id}" exists; it may have been removed or the link is wrong.` : `No such endpoint: ${resource}`);
/** 405; pass the methods the path does allow so the answer carries an Allow header. */
export const methodNotAllowed = (message: string, allow?: string[]) =>
    new ApiError(405, message, undefined, undefined, allow?.length ? { Allow: allow.join(', ') } : undefined);
export const conflict = (message: string, rule?: string, errors?: Record<string, string>) => new ApiError(409, message, errors, rule);

/** Throws 422 when the error map is not empty. */
export const assertValid = (errors: Record<string, string>, message?: string) => {
    if (Object.keys(errors).length > 0) throw invalid(errors, message);
};
