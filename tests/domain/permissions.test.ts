import { describe, expect, it } from 'vitest';
import { canRole, PERMISSIONS, rolesFor } from '../../src/domain/permissions';
import { ROLES, type Role } from '../../src/domain/types';

// RULES.md "Who uses the console": the role table both the menu and the mock's 403s use.
const may = (role: Role, resource: string, action: string) => canRole(role, resource, action);

describe('role table (RULES.md "Who uses the console")', () => {
    it('a compliance officer never posts ledger entries or approves refunds', () => {
        expect(may('compliance', 'ledger-entries', 'create')).toBe(false);
        expect(may('compliance', 'ledger-entries', 'reverse')).toBe(false);
        expect(may('compliance', 'approvals', 'approve')).toBe(false);
        expect(may('compliance', 'approvals', 'create')).toBe(false);
        expect(may('compliance', 'deposit-accounts', 'close')).toBe(false);
    });

    it('a compliance officer reviews and decides registrations, checks on site, activates categories, reviews changes, proposes penalties', () => {
        expect(may('compliance', 'merchants', 'decide')).toBe(true);
        expect(may('compliance', 'merchants', 'on-site-check')).toBe(true);
        expect(may('compliance', 'documents', 'review')).toBe(true);
        expect(may('compliance', 'category-applications', 'activate')).toBe(true);
        expect(may('compliance', 'change-reports', 'review')).toBe(true);
        expect(may('compliance', 'penalties', 'create')).toBe(true);
    });

    it('a customer service agent never posts ledger entries or approves refunds, but handles complaints', () => {
        expect(may('customer_service', 'ledger-entries', 'create')).toBe(false);
        expect(may('customer_service', 'ledger-entries', 'reverse')).toBe(false);
        expect(may('customer_service', 'approvals', 'approve')).toBe(false);
        for (const action of ['create', 'decide', 'set-deadline', 'mark-malicious', 'request-deduction']) expect(may('customer_service', 'complaints', action), action).toBe(true);
        expect(may('customer_service', 'evidence', 'review')).toBe(true);
        expect(may('customer_service', 'penalties', 'create')).toBe(true);
        expect(may('customer_service', 'merchants', 'decide')).toBe(false);
    });

    it('a finance officer posts and approves money movements but never decides registrations or complaints', () => {
        expect(may('finance', 'ledger-entries', 'create')).toBe(true);
        expect(may('finance', 'approvals', 'create')).toBe(true);
        expect(may('finance', 'approvals', 'approve')).toBe(true);
        expect(may('finance', 'merchants', 'decide')).toBe(false);
        expect(may('finance', 'merchants', 'edit')).toBe(false);
        expect(may('finance', 'complaints', 'decide')).toBe(false);
        expect(may('finance', 'penalties', 'create')).toBe(false);
    });

    it('only the supervisor edits settings and categories and runs the demo controls', () => {
        for (const [resource, action] of [['settings', 'edit'], ['categories', 'edit'], ['system', 'reset-demo-data'], ['system', 'set-clock']]) {
            expect(rolesFor(resource, action), `${resource} ${action}`).toEqual(['supervisor']);
        }
    });

    it('the supervisor may do everything any other role may', () => {
        for (const [resource, row] of Object.entries(PERMISSIONS))
            for (const [action, roles] of Object.entries(row)) if (roles.length) expect(roles, `${resource} ${action}`).toContain('supervisor');
    });

    it('every role reads every resource', () => {
        for (const resource of Object.keys(PERMISSIONS).filter(r => r !== 'system'))
            for (const role of ROLES) expect(may(role, resource, 'list') && may(role, resource, 'show'), `${role} ${resource}`).toBe(true);
    });

    it('R-PRV-2 nobody may edit or delete the audit log, and notices are never written directly', () => {
        for (const role of ROLES) {
            for (const action of ['create', 'edit', 'delete']) {
                expect(may(role, 'audit-log', action)).toBe(false);
                expect(may(role, 'notices', action)).toBe(false);
            }
        }
        // R-DEP-12: ledger entries are never edited or deleted.
        for (const role of ROLES) expect(may(role, 'ledger-entries', 'edit') || may(role, 'ledger-entries', 'delete')).toBe(false);
    });

    it('refuses unknown roles, resources and actions', () => {
        expect(canRole(null, 'merchants', 'list')).toBe(false);
        expect(canRole(undefined, 'merchants', 'list')).toBe(false);
        expect(may('supervisor', 'no-such-resource', 'list')).toBe(false);
        expect(may('supervisor', 'merchants', 'no-such-action')).toBe(false);
        expect(may('supervisor', 'merchants', 'constructor')).toBe(false);
        expect(rolesFor('no-such-resource', 'list')).toEqual([]);
    });
});
