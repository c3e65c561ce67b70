// Validates values against the schemas of openapi/openapi.json (JSON Schema draft 2020-12 via
// ajv). Used by the schema tests and by the contract suite to check any server's answers.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';

const DOC_ID = 'https://tradeward.example/openapi.json';

/** "/merchants/{id}" -> "~1merchants~1{id}" (JSON Pointer escaping). */
const pointer = (...parts: string[]) => parts.map(p => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export interface OpenApiDocument {
    paths: Record<string, Record<string, any>>;
    components: { schemas: Record<string, unknown> };
    [key: string]: unknown;
}

export const createValidator = (document: OpenApiDocument) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
    ajv.addSchema(document as object, DOC_ID);
    const cache = new Map<string, ValidateFunction>();
    const compile = (fragment: string) => {
        let fn = cache.get(fragment);
        if (!fn) {
            fn = ajv.compile({ $ref: `${DOC_ID}#/${fragment}` });
            cache.set(fragment, fn);
        }
        return fn;
    };
    const explain = (fn: ValidateFunction) => ajv.errorsText(fn.errors, { separator: '; ', dataVar: 'body' });
    return {
        /** Validates against a component schema by name; returns null or what is wrong. */
        schema(name: string, value: unknown): string | null {
            const fn = compile(pointer('components', 'schemas', name));
            return fn(value) ? null : explain(fn);
        },
        /** Validates a response body against the documented JSON schema of path+method+status. */
        response(path: string, method: string, status: number, value: unknown): string | null {
            const op = document.paths[path]?.[method.toLowerCase()];
            if (!op) return `${method} ${path} is not in the document`;
            let response = op.responses?.[String(status)];
            if (!response) return `${method} ${path} does not document status ${status}`;
            let base = pointer('paths', path, method.toLowerCase(), 'responses', String(status));
            if (response.$ref) {
                const name = String(response.$ref).split('/').pop()!;
                response = (document.components as any).responses[name];
                base = pointer('components', 'responses', name);
            }
            if (!response.content?.['application/json']) return null; // binary: nothing to validate
            const fn = compile(`${base}/content/${pointer('application/json')}/schema`);
            return fn(value) ? null : explain(fn);
        },
    };
};
