import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider, type AuthProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { QueueCard } from '../../src/dashboard/QueueCard';
import { QUEUES, queueLink, queuesFor } from '../../src/dashboard/queues';
import type { Role } from '../../src/domain';
import { i18nProvider } from '../../src/i18n';

const authFor = (role: Role): AuthProvider => ({
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => role,
    getIdentity: async () => ({ id: `op-${role}`, fullName: role, role }),
});

describe('dashboard queues per role', () => {
    it.each([
        ['compliance', ['registrations_due', 'change_reports', 'penalties_expiring', 'suggested_penalties']],
        ['customer_service', ['complaints_awaiting_decision', 'evidence_deadlines', 'penalties_expiring']],
        ['finance', ['approvals_waiting_for_me', 'overdue_top_ups', 'refunds_due']],
    ] as const)('a %s lands on its own queues', (role, expected) => {
        expect(queuesFor(role).map(q => q.id)).toEqual(expected);
    });

    it('the supervisor sees every queue', () => {
        expect(queuesFor('supervisor')).toHaveLength(QUEUES.length);
    });

    it('a queue card shows the total, the SLA breaches and the oldest items, linking to the same filtered list', async () => {
        const queue = QUEUES.find(q => q.id === 'registrations_due')!;
        const getList = vi.fn(async (_resource: string, params: { filter: Record<string, unknown> }) =>
            params.filter.reviewOverdue
                ? { data: [{ id: 'm-1', nameZh: '甲公司', reviewDueDate: '2026-11-01' }], total: 3 }
                : {
                      data: [
                          { id: 'm-1', nameZh: '甲公司', reviewDueDate: '2026-11-01' },
                          { id: 'm-2', nameZh: '乙公司', reviewDueDate: '2026-11-05' },
                      ],
                      total: 42,
                  },
        );
        render(
            <AdminContext i18nProvider={i18nProvider} authProvider={authFor('compliance')} dataProvider={testDataProvider({ getList } as never)}>
                <QueueCard queue={queue} />
            </AdminContext>,
        );
        expect(await screen.findByTestId('queue-total-registrations_due')).toHaveTextContent('42');
        expect(await screen.findByTestId('queue-breaches-registrations_due')).toHaveTextContent('3 past due');
        const card = screen.getByText('Registrations to review').closest('[data-queue]') as HTMLElement;
        expect(within(card).getByText('甲公司')).toBeInTheDocument();
        const link = within(card).getAllByRole('link')[0];
        expect(link).toHaveTextContent(/Registrations to review.*42/);
        expect(decodeURIComponent(link.getAttribute('href')!)).toContain(decodeURIComponent(queueLink(queue, queue.filter)));
        expect(getList).toHaveBeenCalledWith('merchants', expect.objectContaining({ filter: queue.filter, sort: queue.sort }));
    });
});
