// What a route handler gets: the database, the signed-in operator, the mock clock, settings,
// and the two side effects every write needs: an audit entry (R-PRV-2) and notices (R-NOT-1).
import {
    addDays,
    addHours,
    canRole,
    chinaDate,
    rolesFor,
    type AuditEntry,
    type Id,
    type IsoDate,
    type Notice,
    type NoticeChannel,
    type Operator,
    type Role,
    type Settings,
} from '../../src/domain';
import type { AnyRecord, Database } from './db';
import { forbidden, unauthorized } from './errors';

export const ROLE_LABEL: Record<Role, string> = {
    compliance: 'compliance officer',
    customer_service: 'customer service agent',
    finance: 'finance officer',
    supervisor: 'supervisor',
};

export const describeRoles = (roles: Role[]) =>
    roles.length === 0 ? 'no role' : roles.map(r => `a ${ROLE_LABEL[r]}`).join(' or ');

export interface AuditInput {
    action: string;
    resource: string;
    recordId: Id | null;
    merchantId?: Id | null;
    before?: unknown;
    after?: unknown;
    reason?: string;
}

export interface NoticeInput {
    merchantId: Id;
    kind: string;
    subject: string;
    content: string;
    resource?: string;
    recordId?: Id;
    /** R-NOT-1: e-mail and in-site letter by default. */
    channels?: NoticeChannel[];
}

const DAY_MS = 86_400_000;
/** China is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const lastDay = { day: Number.NaN, date: '' as IsoDate };

/** What ctx.cached keeps per key (mock/core/server.ts holds the map across requests). */
export interface CacheEntry {
    version: number;
    value: unknown;
    today?: string;
    /** With deps: db.changeEpoch when the value was made or last found valid (with `version`). */
    epoch?: number;
    /** With deps: db.stamp(deps.on) when the value was made. */
    stamp?: string;
    /** With deps.patch: the stamp of every resource but the patched one. */
    patchable?: string;
    /** With deps.patch: the version of each patched resource the value reflects. */
    patchedTo?: Record<string, number>;
}

export interface CacheDeps<T> {
    /** Every resource the computation reads. */
    on: readonly string[];
    /** false: the value does not depend on the date (stored fields only); kept across midnight. */
    daily?: boolean;
    /**
     * Updates the value when only records of `resource` (one of `on`) changed, or also of the
     * resources in `also` (others of `on`): apply gets the changed ids of `resource` and, per
     * resource of `also`, each changed record as it was before (undefined: it is new; empty
     * when nothing changed).
     */
    patch?: {
        resource: string;
        also?: readonly string[];
        apply: (
            previous: T,
            changedIds: ReadonlySet<Id>,
            alsoChanged: ReadonlyMap<string, ReadonlyMap<Id, AnyRecord | undefined>>,
            /** Each changed record of `resource` as it was when the value was made (undefined: absent). */
            before: ReadonlyMap<Id, AnyRecord | undefined>,
        ) => T | null;
    };
}

const patchedResources = <T>(deps: CacheDeps<T>): string[] => (deps.patch ? [deps.patch.resource, ...(deps.patch.also ?? [])] : []);
const patchStamp = <T>(db: Database, deps: CacheDeps<T>) => {
    const patched = patchedResources(deps);
    return db.stamp(deps.on.filter(r => !patched.includes(r)));
};

export class Ctx {
    params: Record<string, string> = {};
    /** Set by the reset route; the server restores the seed after the handler. */
    resetRequested = false;
    constructor(
        public readonly db: Database,
        public readonly request: Request,
        public readonly url: URL,
        public readonly operator: Operator | null,
        public body: unknown,
        private readonly cacheStore: Map<string, CacheEntry>,
    ) {}

    /** The mock clock: real time plus the offset tests and the demo set. */
    nowDate(): Date {
        return new Date(Date.now() + this.db.meta.clockOffsetMs);
    }
    now(): string {
        return this.nowDate().toISOString();
    }
    /** Today's date in China. Cheap: called for every cache lookup, 20,000 times by a column of derived values. */
    today(): IsoDate {
        const ms = Date.now() + this.db.meta.clockOffsetMs;
        const day = Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
        if (day !== lastDay.day) {
            lastDay.day = day;
            lastDay.date = chinaDate(new Date(ms));
        }
        return lastDay.date;
    }

    settings(): Settings {
        return this.db.get<Settings>('settings', 'platform')!;
    }

    get idempotencyKey(): string | null {
        return this.request.headers.get('Idempotency-Key');
    }

    /** The operator, or a 401. */
    me(): Operator {
        if (!this.operator) throw unauthorized();
        return this.operator;
    }

    /** A 403 naming who may do it, unless the operator's role may. */
    require(resource: string, action: string, what?: string) {
        const op = this.me();
        if (!canRole(op.role, resource, action)) {
            throw forbidden(
                `As a ${ROLE_LABEL[op.role]} you may not ${what ?? `${action} ${resource}`}: only ${describeRoles(rolesFor(resource, action))} may (RULES.md role table).`,
            );
        }
    }

    /**
     * Memoised per data version and China date: recomputed after a write, a clock move, or when
     * the mock clock passes midnight in China (derived values such as days left change then).
     *
     * With `on` (the resources compute reads), a write that touches none of them keeps the value:
     * every write appends to the audit log and often to notices, which no merchant index reads.
     * List every resource compute reads, directly or through the services it calls; a missing
     * one leaves the cache stale. With `patch`, a write that changed only records of
     * `patch.resource` updates the previous value instead of recomputing it; patch.apply gets the
     * ids changed since and returns the new value, or null to recompute. It may update the old
     * value in place only if no caller keeps a value across a write (a list query does not).
     */
    cached<T>(key: string, compute: () => T, deps?: CacheDeps<T>): T {
        const hit = this.cacheStore.get(key);
        const today = this.today();
        if (!deps) {
            if (hit && hit.stamp === undefined && hit.version === this.db.version && hit.today === today) return hit.value as T;
            const value = compute();
            this.cacheStore.set(key, { version: this.db.version, value, today });
            return value;
        }
        const db = this.db;
        const sameDay = !!hit && (deps.daily === false || hit.today === today);
        // Nothing committed and nothing invalidated since the last check: no stamp to build (a
        // column of derived values calls this 20,000 times in one request).
        if (hit && sameDay && hit.version === db.version && hit.epoch === db.changeEpoch) return hit.value as T;
        const stamp = db.stamp(deps.on);
        if (hit && sameDay && hit.stamp === stamp) {
            hit.version = db.version;
            hit.epoch = db.changeEpoch;
            if (deps.daily !== false) hit.today = today;
            return hit.value as T;
        }
        const store = (value: T) => {
            this.cacheStore.set(key, {
                version: db.version,
                epoch: db.changeEpoch,
                value,
                today,
                stamp,
                patchable: patchStamp(db, deps),
                patchedTo: deps.patch ? Object.fromEntries(patchedResources(deps).map(r => [r, db.resourceVersion(r)])) : undefined,
            });
            return value;
        };
        const patchedTo = hit?.patchedTo;
        if (hit && sameDay && deps.patch && patchedTo && hit.patchable === patchStamp(db, deps)) {
            const before = deps.patch.resource in patchedTo ? db.previousSince(deps.patch.resource, patchedTo[deps.patch.resource]) : null;
            const changed = before && new Set(before.keys());
            const also = new Map<string, ReadonlyMap<Id, AnyRecord | undefined>>();
            let known = changed !== null;
            for (const r of deps.patch.also ?? []) {
                const c = r in patchedTo ? db.previousSince(r, patchedTo[r]) : null;
                if (c === null) known = false;
                else also.set(r, c);
            }
            if (known) {
                const patched = deps.patch.apply(hit.value as T, changed!, also, before!);
                if (patched !== null) return store(patched);
            }
        }
        return store(compute());
    }

    /** Drops a ctx.cached value (a cache that keeps a bounded number of keys). */
    forget(key: string) {
        this.cacheStore.delete(key);
    }

    audit(input: AuditInput): AuditEntry {
        const op = this.operator;
        const entry: AuditEntry = {
            id: this.db.nextId('AUD'),
            at: this.now(),
            operatorId: op?.id ?? null,
            operatorName: op ? `${op.name} (${op.nameEn})` : 'system',
            role: op?.role ?? null,
            action: input.action,
            resource: input.resource,
            recordId: input.recordId,
            merchantId: input.merchantId ?? null,
            before: input.before === undefined ? null : structuredClone(input.before),
            after: input.after === undefined ? null : structuredClone(input.after),
            reason: input.reason ?? '',
        };
        this.db.put('audit-log', entry);
        return entry;
    }

    notify(input: NoticeInput): Notice[] {
        const settings = this.settings();
        const sentAt = this.now();
        return (input.channels ?? ['email', 'in_site']).map(channel => {
            const notice: Notice = {
                id: this.db.nextId('NTC'),
                merchantId: input.merchantId,
                kind: input.kind,
                channel,
                subject: input.subject,
                content: input.content,
                sentAt,
                deemedDeliveredAt: deemedDelivered(channel, sentAt, settings),
                sentBy: this.operator?.id ?? null,
                resource: input.resource ?? null,
                recordId: input.recordId ?? null,
            };
            this.db.put('notices', notice);
            return notice;
        });
    }
}

/** R-NOT-2: e-mail counts as delivered 24 hours after sending, a posted letter on the fifth natural day. */
export const deemedDelivered = (channel: NoticeChannel, sentAt: string, settings: Settings): string => {
    if (channel === 'email') return addHours(sentAt, settings.emailDeemedDeliveredHours);
    if (channel === 'post') return new Date(`${addDays(chinaDate(sentAt), settings.postDeemedDeliveredDays)}T00:00:00+08:00`).toISOString();
    return sentAt;
};
