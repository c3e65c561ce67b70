// Deposits, the ledger and four eyes (R-DEP-*), and uploads: request/response schemas and
// operation facts. Entries whose route the current build does not serve are left out of the
// document (openapi/build.ts), so they can be written ahead of a merge.
import { CURRENCIES, DEDUCTION_GROUNDS } from '../../src/domain';
import type { JsonSchema, OperationSpec } from '../schemas';
import { body, date, id, noteBody, nullable, positiveMinor, r, text } from './helpers';

export const depositSchemas: Record<string, JsonSchema> = {
    DepositAccountCreate: body({ merchantId: id, currency: { enum: [...CURRENCIES] } }),
    GuaranteeInput: body({ bank: text('Issuing bank'), reference: text('Guarantee reference'), amount: positiveMinor, expiresOn: { ...date, description: 'Must be in the future' } }),
    RefundEligibility: body(
        {
            eligible: { type: 'boolean' },
            quietUntil: nullable(date),
            reasons: { type: 'array', items: body({ ruleId: { type: 'string' }, ok: { type: 'boolean' }, code: { type: 'string' }, text: { type: 'string' } }) },
        },
        ['eligible', 'reasons'],
    ),
    LedgerPostInput: body(
        {
            accountId: id,
            type: { enum: ['deposit', 'top_up', 'deduction', 'refund', 'forfeiture', 'transfer_to_guarantee'] },
            amount: positiveMinor,
            currency: { enum: [...CURRENCIES], description: 'Optional; must equal the account currency (R-DEP-14)' },
            ground: { enum: [...DEDUCTION_GROUNDS], description: 'Required for a deduction (R-DEP-3)' },
            complaintId: { anyOf: [id, { type: 'null' }] },
            penaltyId: { anyOf: [id, { type: 'null' }] },
            note: text('Why: shown to the merchant in the notice (R-DEP-4)'),
        },
        ['accountId', 'type', 'amount', 'note'],
    ),
    ApprovalRequested: {
        type: 'object',
        description: 'R-DEP-13: the posting waits for a second person; the entry is posted on approval',
        properties: { id, approval: r('Approval') },
        required: ['id', 'approval'],
    },
    ReverseInput: noteBody(true, 'Why the entry is reversed (R-DEP-12)'),
    ApprovalDecisionInput: noteBody(false, 'Decision note; required to reject'),
};

export const depositOperations: Record<string, OperationSpec> = {
    // ---------- deposits (R-DEP-*)
    'POST /deposit-accounts': { requestBody: r('DepositAccountCreate') },
    'GET /deposit-accounts/{id}/refund-eligibility': { permission: ['deposit-accounts', 'show'], responses: { 200: r('RefundEligibility') }, errors: [404] },
    'POST /deposit-accounts/{id}/guarantee': { requestBody: r('GuaranteeInput') },
    'POST /deposit-accounts/{id}/close': { requestBody: noteBody(false, 'Why the account is closed'), description: 'Only with a zero balance, nothing owed and no pending approval (409 otherwise).' },
    'POST /ledger-entries': {
        description:
            'R-DEP-12/13: posts the entry (201), or, when four eyes applies (refunds, forfeitures, deductions above the threshold), creates an approval request (202). The same Idempotency-Key again — even concurrently — answers 200 with the first result and posts nothing. A deduction beyond the balance takes it to zero and the rest becomes `owedAmount`.',
        requestBody: r('LedgerPostInput'),
        idempotencyKeyRequired: true,
        responses: { 201: r('LedgerEntry'), 202: r('ApprovalRequested'), 200: { anyOf: [r('LedgerEntry'), r('ApprovalRequested')] } },
    },
    'POST /ledger-entries/{id}/reverse': {
        description: 'R-DEP-12: a linked reversal entry, at most one per entry (409 for a second).',
        requestBody: r('ReverseInput'),
        idempotencyKeyRequired: true,
        responses: { 201: r('LedgerEntry'), 200: r('LedgerEntry') },
    },
    'POST /approvals/{id}/approve': {
        description: 'R-DEP-13: another finance officer or the supervisor; the requester gets 403.',
        requestBody: r('ApprovalDecisionInput'),
        responses: { 200: r('Approval') },
    },
    'POST /approvals/{id}/reject': { description: 'R-DEP-13: another finance officer or the supervisor.', requestBody: r('ApprovalDecisionInput'), responses: { 200: r('Approval') } },
    'POST /approvals/{id}/mark-paid': { description: 'R-DEP-7: the approved refund was paid out.', requestBody: r('ApprovalDecisionInput'), responses: { 200: r('Approval') } },
    // ---------- uploads
    'POST /files': {
        description:
            'multipart/form-data with the file in field `file`. The type is detected from the first bytes (JPEG, PNG, WebP or PDF), never from the name or the declared type; anything else, an empty file or one above `uploadMaxBytes` is 422 `{errors: {file}}`.',
        requestBody: 'multipart-file',
        responses: { 201: r('FileRecord') },
        errors: [400, 422],
    },
};
