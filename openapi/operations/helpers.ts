// Small JSON Schema builders shared by the per-capability operation files.
import type { JsonSchema } from '../schemas';

export const r = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const text = (description: string, minLength = 1): JsonSchema => ({ type: 'string', minLength, description });
export const id: JsonSchema = { type: 'string', minLength: 1 };
export const ids: JsonSchema = { type: 'array', items: id };
export const date: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
export const positiveMinor: JsonSchema = { type: 'integer', minimum: 1, description: 'Positive integer minor units (R-DEP-14)' };
/** An object whose listed properties are required (all by default); extra properties allowed. */
export const body = (properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema => ({ type: 'object', properties, required });
export const noteBody = (required: boolean, description: string, field = 'note') => body({ [field]: { type: 'string', description } }, required ? [field] : []);
