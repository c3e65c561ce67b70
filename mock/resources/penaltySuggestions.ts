// Suggested penalties (R-PEN-3, R-PEN-5): grounds detected in the merchants' activity data, for
// an officer to confirm (POST /penalties with suggestionId) or dismiss. Nothing is applied
// automatically. Computed in one pass over merchants, cached per data version and day.
import {
    deriveMerchantStatus,
    detectGrounds,
    groundByCode,
    SUGGESTIBLE_STATUSES,
    suggestionId,
    thresholdsFrom,
    type DetectedGround,
    type Merchant,
    type Penalty,
    type SuggestionDismissal,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, badRequest, notFound } from '../core/errors';
import { listReply } from '../core/resource';
import { buildPredicate, parseListParams, sortRecords } from '../core/query';
import type { Route } from '../core/router';
import { measuresInForceIndex } from '../services/merchantStatus';

export const DISMISSALS = 'penalty-suggestion-dismissals';

export interface PenaltySuggestion extends DetectedGround {
    id: string;
    merchantId: string;
    merchantName: string;
    storeName: string;
    merchantStatus: string;
    /** The form's pre-filled ground. */
    groundCode: string;
    suggestedMeasures: string[];
}

/** Grounds already acted on: an open (proposed or active) penalty for the merchant on the same ground. */
const openGroundIndex = (ctx: Ctx): Set<string> =>
    ctx.cached('penalties:open-grounds', () => {
        const set = new Set<string>();
        for (const p of ctx.db.all<Penalty>('penalties')) {
            if (p.status !== 'proposed' && p.status !== 'active') continue;
            if (p.ground.code) set.add(`${p.merchantId}.${p.ground.code}`);
            if (p.suggestionId) set.add(p.suggestionId);
        }
        return set;
    });

export const allSuggestions = (ctx: Ctx): PenaltySuggestion[] => {
    const today = ctx.today();
    return ctx.cached(`penalty-suggestions:${today}`, () => {
        const thresholds = thresholdsFrom(ctx.settings());
        const dismissed = new Set(ctx.db.all<SuggestionDismissal>(DISMISSALS).map(d => d.id));
        const open = openGroundIndex(ctx);
        const inForce = measuresInForceIndex(ctx);
        const out: PenaltySuggestion[] = [];
        for (const m of ctx.db.all<Merchant>('merchants')) {
            const status = deriveMerchantStatus(m.status, inForce.get(m.id) ?? []);
            if (!SUGGESTIBLE_STATUSES.includes(status)) continue;
            for (const g of detectGrounds(m, today, thresholds)) {
                const id = suggestionId(m.id, g.kind);
                if (dismissed.has(id) || open.has(id) || open.has(`${m.id}.${g.kind}`)) continue;
                out.push({
                    ...g,
                    id,
                    merchantId: m.id,
                    merchantName: m.nameZh,
                    storeName: m.storeName,
                    merchantStatus: status,
                    groundCode: g.kind,
                    suggestedMeasures: groundByCode(g.kind)?.suggestedMeasures ?? [],
                });
            }
        }
        return out;
    });
};

const findSuggestion = (ctx: Ctx, id: string) => allSuggestions(ctx).find(s => s.id === id);

export const penaltySuggestionRoutes: Route[] = [
    {
        method: 'GET',
        path: '/penalty-suggestions',
        summary: 'Penalty grounds detected in activity data (R-PEN-3, R-PEN-5): filter kind, ruleId, merchantId, q',
        handler: ctx => {
            ctx.require('penalty-suggestions', 'list', 'read penalty suggestions');
            const { sort, range, filter } = parseListParams(ctx.url.searchParams);
            const predicate = buildPredicate<PenaltySuggestion>(filter, { searchFields: ['merchantId', 'merchantName', 'storeName'], custom: {} });
            const rows = sortRecords(allSuggestions(ctx).filter(predicate), sort ?? { field: 'since', order: 'DESC' });
            const [start, end] = range ?? [0, rows.length - 1];
            return listReply('penalty-suggestions', rows.slice(start, end + 1), rows.length, start);
        },
    },
    {
        method: 'GET',
        path: '/penalty-suggestions/:id',
        summary: 'One penalty suggestion with its evidence',
        handler: ctx => {
            ctx.require('penalty-suggestions', 'show', 'read penalty suggestions');
            const s = findSuggestion(ctx, ctx.params.id);
            if (!s) throw notFound('penalty-suggestions', ctx.params.id);
            return { body: s };
        },
    },
    {
        method: 'POST',
        path: '/penalty-suggestions/:id/dismiss',
        write: true,
        summary: 'Dismiss a suggestion with a reason: recorded and audited, not shown again',
        handler: ctx => {
            ctx.require('penalty-suggestions', 'dismiss', 'dismiss penalty suggestions');
            const s = findSuggestion(ctx, ctx.params.id);
            if (!s) throw notFound('penalty-suggestions', ctx.params.id);
            const input = ctx.body as Record<string, unknown> | undefined;
            if (!input || typeof input !== 'object') throw badRequest('The request body must be a JSON object.');
            const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
            assertValid(reason.length < 5 ? { reason: 'Say why no penalty is proposed, in at least 5 characters' } : {});
            const dismissal: SuggestionDismissal = { id: s.id, merchantId: s.merchantId, kind: s.kind, reason, dismissedBy: ctx.me().id, dismissedAt: ctx.now() };
            ctx.db.put(DISMISSALS, dismissal);
            ctx.audit({ action: 'dismiss-suggestion', resource: 'penalty-suggestions', recordId: s.id, merchantId: s.merchantId, before: s, after: dismissal, reason });
            return { body: { ...s, dismissed: dismissal } };
        },
    },
];
