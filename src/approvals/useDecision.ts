// Who may decide an approval, as the API decides it (R-DEP-13 maker-checker, R-DEP-10 forfeiture).
import { useGetIdentity, usePermissions } from 'react-admin';
import { canRole, type Approval } from '../domain';

export type DecisionBlock = null | 'own_request' | 'supervisor_only' | 'role' | 'not_pending';

export const useDecisionBlock = (approval: Approval | undefined): DecisionBlock => {
    const { identity } = useGetIdentity();
    const { permissions } = usePermissions();
    if (!approval) return 'not_pending';
    if (approval.status !== 'pending') return 'not_pending';
    if (!canRole(permissions, 'approvals', 'approve')) return 'role';
    if (identity && approval.requestedBy === identity.id) return 'own_request';
    if (approval.kind === 'forfeiture' && permissions !== 'supervisor') return 'supervisor_only';
    return null;
};
