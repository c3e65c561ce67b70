// Client-side hints mirroring the API's validation (the API decides: R-REG-7, point 8).
import { usccProblem, usccProblemMessage } from '../domain';

export const validateUscc = (value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return undefined;
    const problem = usccProblem(value);
    return problem ? usccProblemMessage[problem] : undefined;
};

/** Not after today (browser date; the API checks against the mock clock). */
export const notInFuture = (value: unknown) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    return value.slice(0, 10) > today ? 'merchants.validation.future' : undefined;
};
