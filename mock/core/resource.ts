// Generic REST routes for one resource in ra-data-simple-rest's dialect. Each resource module
// states what may be written and how it is validated; anything it does not allow answers 405.
import type { Ctx } from './context';
import type { AnyRecord } from './db';
import { methodNotAllowed, notFound, badRequest, conflict } from './errors';
import { queryAll, queryPage } from './listQuery';
import { parseListParams } from './query';
import type { Reply, Route } from './router';

export interface ResourceDefinition<T extends AnyRecord = AnyRecord> {
    name: string;
    /** Fields the full-text `q` filter searches. */
    searchFields?: string[];
    /** Named filters with their own meaning (e.g. "licenceExpiring"). */
    filters?: Record<string, (record: T, value: unknown, ctx: Ctx) => boolean>;
    /** Adds derived fields on read; never stored. */
    present?: (record: T, ctx: Ctx) => T;
    /**
     * Every field present() adds or changes. With it, a list query whose filters and sort read
     * none of these fields filters and sorts the stored records and presents only the page it
     * returns (mock/core/listQuery.ts); without it every record is presented on every list.
     */
    derivedFields?: readonly string[];
    /**
     * Derived fields a list may filter or sort on, each computed alone: `value` gives exactly what
     * present() puts in the field, reading the record and the resources named in `reads` (and the
     * date) only. A list filtering or sorting on such a field then resolves just that field for
     * every record (kept per version of those resources) and presents only its page. A derived
     * field without a resolver still presents every record.
     */
    derivedResolvers?: Record<
        string,
        {
            reads: readonly string[];
            value: (record: T, ctx: Ctx) => unknown;
            /** The same as `value` for many records: shared lookups done once, then one call per record. */
            batch?: (ctx: Ctx) => (record: T) => unknown;
            /**
             * After a write to one of `reads`: the ids of this resource's records whose value may
             * have changed, given each changed record of it as it was before and as it is now
             * (undefined: absent); null to resolve every record again. Without it, a write to a
             * resource in `reads` resolves every record again.
             */
            affected?: (resource: string, changes: Array<{ before: AnyRecord | undefined; after: AnyRecord | undefined }>) => Iterable<string> | null;
        }
    >;
    /**
     * The records a list with this filter can only return, when they can be had without reading
     * the whole collection (a deferred seed part, Database.defer: a merchant's documents made
     * from the seed); null: read the collection. The list's filter, sort and paging still apply,
     * so the answer is the one the whole collection would give.
     */
    scoped?: (filter: Record<string, unknown>, ctx: Ctx) => T[] | null;
    /** Removes or masks what the caller may not see (R-PRV-1). */
    redact?: (record: T, ctx: Ctx) => T;
    /** Validates and builds a new record; throw ApiError to refuse. Omitted: POST is 405. */
    create?: (input: Record<string, unknown>, ctx: Ctx) => T | Promise<T>;
    /** Validates and builds the updated record. Omitted: PUT is 405. */
    update?: (existing: T, input: Record<string, unknown>, ctx: Ctx) => T | Promise<T>;
    /** Checks a delete may happen. Omitted: DELETE is 405. */
    remove?: (existing: T, ctx: Ctx) => void;
    /** Why a write is not allowed, for the 405 message. */
    readOnlyReason?: string;
    /** The merchant a record belongs to, for the audit trail. */
    merchantIdOf?: (record: T) => string | null;
    /** Permission resource name, when it differs. */
    permissionResource?: string;
}

const asObject = (body: unknown): Record<string, unknown> => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
    return body as Record<string, unknown>;
};

/** All records of a resource after present(), filter and sort: the list pipeline. */
export const queryRecords = <T extends AnyRecord>(
    def: ResourceDefinition<T>,
    ctx: Ctx,
    filter: Record<string, unknown>,
    sort: { field: string; order: 'ASC' | 'DESC' } | null,
): T[] => queryAll(def, ctx, filter, sort);

/**
 * A page of a list with `Content-Range: <resource> <start>-<end>/<total>`. An empty page (nothing
 * matched, or a range past the end) puts a star where start-end would be, as RFC 9110 writes an
 * unsatisfied range, rather than claiming a row that is not there.
 */
export const listReply = (resource: string, rows: unknown[], total: number, start: number): Reply => ({
    body: rows,
    headers: {
        'Content-Range': rows.length === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + rows.length - 1}/${total}`,
    },
});

export const resourceRoutes = <T extends AnyRecord>(def: ResourceDefinition<T>): Route[] => {
    const perm = def.permissionResource ?? def.name;
    const view = (record: T, ctx: Ctx): T => {
        const presented = def.present ? def.present(record, ctx) : record;
        return def.redact ? def.redact(presented, ctx) : presented;
    };
    // The methods each path really allows, for the Allow header of a 405.
    const collectionAllows = ['GET', ...(def.create ? ['POST'] : [])];
    const itemAllows = ['GET', ...(def.update ? ['PUT'] : []), ...(def.remove ? ['DELETE'] : [])];
    const refuse = (what: string, allow: string[]) =>
        methodNotAllowed(def.readOnlyReason ?? `${def.name} records cannot be ${what} through this endpoint.`, allow);
    const load = (ctx: Ctx): T => {
        const record = ctx.db.get<T>(def.name, ctx.params.id);
        if (!record) throw notFound(def.name, ctx.params.id);
        return record;
    };

    return [
        {
            method: 'GET',
            path: `/${def.name}`,
            summary: `List ${def.name} (sort, range, filter, q)`,
            handler: ctx => {
                ctx.require(perm, 'list', `read ${def.name}`);
                const { sort, range, filter } = parseListParams(ctx.url.searchParams);
                const { rows, total } = queryPage(def, ctx, filter, sort, range);
                const page = def.redact ? rows.map(r => def.redact!(r, ctx)) : rows;
                return listReply(def.name, page, total, range?.[0] ?? 0);
            },
        },
        {
            method: 'GET',
            path: `/${def.name}/:id`,
            summary: `Read one ${def.name} record`,
            handler: ctx => {
                ctx.require(perm, 'show', `read ${def.name}`);
                return { body: view(load(ctx), ctx) };
            },
        },
        {
            method: 'POST',
            path: `/${def.name}`,
            write: true,
            refuses: !def.create,
            summary: `Create a ${def.name} record`,
            handler: async ctx => {
                if (!def.create) throw refuse('created', collectionAllows);
                ctx.require(perm, 'create', `create ${def.name}`);
                const record = await def.create(asObject(ctx.body), ctx);
                if (ctx.db.get(def.name, record.id)) throw conflict(`A ${def.name} record with id "${record.id}" already exists; nothing was created.`);
                ctx.db.put(def.name, record);
                ctx.audit({ action: 'create', resource: def.name, recordId: record.id, merchantId: def.merchantIdOf?.(record) ?? null, after: record });
                return { status: 201, body: view(record, ctx) };
            },
        },
        {
            method: 'PUT',
            path: `/${def.name}/:id`,
            write: true,
            refuses: !def.update,
            summary: `Update a ${def.name} record`,
            handler: async ctx => {
                if (!def.update) throw refuse('edited', itemAllows);
                ctx.require(perm, 'edit', `edit ${def.name}`);
                const existing = load(ctx);
                const updated = await def.update(existing, asObject(ctx.body), ctx);
                if (updated.id !== existing.id) throw badRequest(`The id of a ${def.name} record cannot be changed (${existing.id}).`, { id: 'Cannot be changed' });
                ctx.db.put(def.name, updated);
                ctx.audit({ action: 'update', resource: def.name, recordId: updated.id, merchantId: def.merchantIdOf?.(updated) ?? null, before: existing, after: updated });
                return { body: view(updated, ctx) };
            },
        },
        {
            method: 'DELETE',
            path: `/${def.name}/:id`,
            write: true,
            refuses: !def.remove,
            summary: `Delete a ${def.name} record`,
            handler: ctx => {
                if (!def.remove) throw refuse('deleted', itemAllows);
                ctx.require(perm, 'delete', `delete ${def.name}`);
                const existing = load(ctx);
                def.remove(existing, ctx);
                ctx.db.remove(def.name, existing.id);
                ctx.audit({ action: 'delete', resource: def.name, recordId: existing.id, merchantId: def.merchantIdOf?.(existing) ?? null, before: existing });
                return { body: existing };
            },
        },
    ];
};
