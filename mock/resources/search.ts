// Global search for the app bar: merchants by name, USCC or phone; complaints by number or
// order reference. Phones are matched in full but returned masked (R-PRV-1).
import type { Complaint, Merchant } from '../../src/domain';
import { maskPhone } from '../../src/domain';
import { badRequest } from '../core/errors';
import type { Route } from '../core/router';

const LIMIT = 8;

export interface SearchHit {
    resource: 'merchants' | 'complaints';
    id: string;
    title: string;
    subtitle: string;
    status: string;
}

export const searchRoutes: Route[] = [
    {
        method: 'GET',
        path: '/search',
        summary: 'Global search: merchants by name, USCC or phone; complaints by number or order reference',
        handler: ctx => {
            ctx.me();
            const q = (ctx.url.searchParams.get('q') ?? '').trim();
            if (q.length > 100) throw badRequest('The search text is longer than 100 characters.', { q: 'At most 100 characters' });
            if (q.length < 2) return { body: { q, hits: [] } };
            const needle = q.toLowerCase();
            const digits = q.replace(/\D/g, '');
            const hits: SearchHit[] = [];
            for (const m of ctx.db.all<Merchant>('merchants')) {
                if (hits.length >= LIMIT) break;
                const byPhone = digits.length >= 4 && m.phone.includes(digits);
                if (
                    byPhone ||
                    m.nameZh.includes(q) ||
                    m.nameEn.toLowerCase().includes(needle) ||
                    m.uscc.toLowerCase().includes(needle) ||
                    m.storeName.toLowerCase().includes(needle)
                ) {
                    hits.push({ resource: 'merchants', id: m.id, title: `${m.nameZh} · ${m.nameEn}`, subtitle: `${m.uscc} · ${maskPhone(m.phone)}`, status: m.status });
                }
            }
            let complaintHits = 0;
            for (const c of ctx.db.all<Complaint>('complaints')) {
                if (complaintHits >= LIMIT) break;
                if (c.number.toLowerCase().includes(needle) || (c.orderRef ?? '').toLowerCase().includes(needle)) {
                    hits.push({ resource: 'complaints', id: c.id, title: c.number, subtitle: c.orderRef ?? '', status: c.status });
                    complaintHits++;
                }
            }
            return { body: { q, hits } };
        },
    },
];
