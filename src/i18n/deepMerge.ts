export type Messages = Record<string, unknown>;

const isObject = (v: unknown): v is Messages => !!v && typeof v === 'object' && !Array.isArray(v);

/** Merges message trees; later sources win on the same key. */
export const deepMerge = (...sources: Messages[]): Messages => {
    const out: Messages = {};
    for (const source of sources)
        for (const [k, v] of Object.entries(source)) out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as Messages, v) : v;
    return out;
};
