// Build alias for `jsonexport/dist/index.js` (vite.config.ts). react-admin's default CSV
// exporter imports jsonexport statically, so every list page downloads it (about 5 KB gzip)
// although it only runs when an operator clicks Export. This wrapper has the same call
// signature and loads the real module on the first export. With a callback the CSV is handed
// to it once built, as before; without one the promise resolves to the CSV, as before.
type JsonExport = (...args: unknown[]) => unknown;

let loading: Promise<JsonExport> | null = null;
const load = () =>
    // The specifier differs from the aliased one, so this resolves to the real file.
    (loading ??= import('jsonexport/dist/index').then(m => (m.default ?? m) as JsonExport));

const jsonExport = (...args: unknown[]): Promise<unknown> => {
    const callback = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (err: unknown, csv?: string) => void) : null;
    return load().then(
        real => real(...args),
        error => {
            loading = null;
            if (callback) callback(error);
            else throw error;
        },
    );
};

export default jsonExport;
