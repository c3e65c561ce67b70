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
import type { Database } from './db';
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
        private readonly cacheStore: Map<string, { version: number; value: unknown; today?: string }>,
    ) {}

    /** The mock clock: real time plus the offset tests and the demo set. */
    nowDate(): Date {
        return new Date(Date.now() + this.db.meta.clockOffsetMs);
    }
    now(): string {
        return this.nowDate().toISOString();
    }
    /** Today's date in China. */
    today(): IsoDate {
        return chinaDate(this.nowDate());
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
     */
    cached<T>(key: string, compute: () => T): T {
        const hit = this.cacheStore.get(key);
        const today = this.today();
        if (hit && hit.version === this.db.version && hit.today === today) return hit.value as T;
        const value = compute();
        this.cacheStore.set(key, { version: this.db.version, value, today });
        return value;
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
