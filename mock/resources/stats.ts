// Aggregates for the dashboard charts, computed once per data version (cheap on 100,000
// ledger entries) rather than by pulling every record into the browser.
import { addDays, chinaDate, weekday, type Complaint, type Currency, type Merchant } from '../../src/domain';
import type { Route } from '../core/router';
import { eachCommittedFact } from '../services/ledger';

export interface DashboardStats {
    registrationsPerWeek: Array<{ weekStart: string; count: number }>;
    complaintsByType: Array<{ type: string; open: number; upheld: number; partly_upheld: number; rejected: number; declined: number }>;
    depositsHeld: Array<{ currency: Currency; amount: number }>;
    deductionsPerMonth: Array<{ month: string; CNY: number; USD: number }>;
}

const WEEKS = 12;
const MONTHS = 6;

/** Monday of the week containing `date`. */
const mondayOf = (date: string) => addDays(date, -((weekday(date) + 6) % 7));

export const statsRoutes: Route[] = [
    {
        method: 'GET',
        path: '/stats/dashboard',
        summary: 'Dashboard aggregates: registrations per week, complaints by type and outcome, deposits held, deductions per month',
        handler: ctx => {
            ctx.me();
            const today = ctx.today();
            const stats = ctx.cached(`dashboard-stats:${today}`, (): DashboardStats => {
                const firstWeek = addDays(mondayOf(today), -7 * (WEEKS - 1));
                const weeks = Array.from({ length: WEEKS }, (_, i) => ({ weekStart: addDays(firstWeek, 7 * i), count: 0 }));
                for (const m of ctx.db.all<Merchant>('merchants')) {
                    const d = chinaDate(m.registeredAt);
                    if (d < firstWeek || d > today) continue;
                    const index = Math.floor((Date.parse(d) - Date.parse(firstWeek)) / (7 * 86_400_000));
                    if (weeks[index]) weeks[index].count++;
                }

                const byType = new Map<string, DashboardStats['complaintsByType'][number]>();
                for (const c of ctx.db.all<Complaint>('complaints')) {
                    const row = byType.get(c.type) ?? { type: c.type, open: 0, upheld: 0, partly_upheld: 0, rejected: 0, declined: 0 };
                    const outcome = c.status === 'declined' ? 'declined' : c.decision?.outcome;
                    if (outcome && outcome in row) row[outcome as 'upheld']++;
                    else row.open++;
                    byType.set(c.type, row);
                }

                const held: Record<Currency, number> = { CNY: 0, USD: 0 };
                const months = Array.from({ length: MONTHS }, (_, i) => {
                    const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - (MONTHS - 1 - i), 1));
                    return { month: d.toISOString().slice(0, 7), CNY: 0, USD: 0 };
                });
                const monthIndex = new Map(months.map((m, i) => [m.month, i]));
                // From the seed's ledger columns until the ledger is made whole (issue 8).
                eachCommittedFact(ctx, e => {
                    held[e.currency] += e.direction === 'credit' ? e.amount : -e.amount;
                    if (e.type === 'deduction') {
                        const i = monthIndex.get(chinaDate(e.at).slice(0, 7));
                        if (i !== undefined) months[i][e.currency] += e.amount;
                    }
                });
                return {
                    registrationsPerWeek: weeks,
                    complaintsByType: [...byType.values()].sort((a, b) => a.type.localeCompare(b.type)),
                    depositsHeld: (Object.keys(held) as Currency[]).map(currency => ({ currency, amount: held[currency] })),
                    deductionsPerMonth: months,
                };
            });
            return { body: stats };
        },
    },
];
