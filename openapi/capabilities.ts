// Request/response schemas and operation facts for the capability routes (deposits and ledger,
// complaints, evidence and uploads). An entry whose route is not served by the current build is
// left out of the document (see openapi/build.ts), so these can be written ahead of a merge.
import { COMPLAINANT_TYPES, COMPLAINT_TYPES, CURRENCIES, DEDUCTION_GROUNDS, EVIDENCE_PARTIES } from '../src/domain';
import type { JsonSchema, OperationSpec } from './schemas';

const r = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const text = (description: string, minLength = 1): JsonSchema => ({ type: 'string', minLength, description });
const id: JsonSchema = { type: 'string', minLength: 1 };
const date: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const positiveMinor: JsonSchema = { type: 'integer', minimum: 1, description: 'Positive integer minor units (R-DEP-14)' };
const body = (properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema => ({ type: 'object', properties, required });
const noteBody = (required: boolean, description: string) => body({ note: { type: 'string', description } }, required ? ['note'] : []);

export const capabilitySchemas: Record<string, JsonSchema> = {
    DepositAccountCreate: body({ merchantId: id, currency: { enum: [...CURRENCIES] } }),
    GuaranteeInput: body({ bank: text('Issuing bank'), reference: text('Guarantee reference'), amount: positiveMinor, expiresOn: { ...date, description: 'Must be in the future' } }),
    RefundEligibility: body(
        {
            eligible: { type: 'boolean' },
            quietUntil: { anyOf: [date, { type: 'null' }] },
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
    ComplaintCreate: body(
        {
            complainantType: { enum: [...COMPLAINANT_TYPES] },
            complainantName: text('Complainant'),
            complainantContact: text('Contact'),
            merchantId: id,
            type: { enum: [...COMPLAINT_TYPES] },
            orderRef: { anyOf: [{ type: 'string' }, { type: 'null' }] },
            amountClaimed: { anyOf: [r('Money'), { type: 'null' }] },
            description: text('What happened'),
        },
        ['complainantType', 'complainantName', 'complainantContact', 'merchantId', 'type', 'description'],
    ),
    DeadlineInput: body({ deadline: { type: 'string', format: 'date-time', description: 'The accused merchant’s response deadline (R-CMP-4); an extension must be later' } }),
    StatementInput: body({ statement: text('The merchant’s statement') }),
    ComplaintDecisionInput: body(
        {
            outcome: { enum: ['upheld', 'partly_upheld', 'rejected'] },
            reason: text('Sent to the merchant (R-NOT-1)'),
            compensation: { anyOf: [r('Money'), { type: 'null' }] },
            paymentDueDate: { anyOf: [date, { type: 'null' }], description: 'Required with compensation (R-CMP-7)' },
        },
        ['outcome', 'reason'],
    ),
    DeclineInput: body({ reason: text('Why the complaint is not handled (R-CMP-3)') }),
    InfringementWarningInput: body({ note: text('The warning text sent to the merchant'), suspensionDays: { type: 'integer', minimum: 1 } }),
    RestorationRequestInput: body({ statement: text('The merchant’s statement'), fileIds: { type: 'array', items: id, minItems: 1 } }),
    RestorationReviewInput: body({ outcome: { enum: ['restore', 'keep_suspended'] }, note: text('Reason for the review decision') }),
    EvidenceCreate: body({ complaintId: id, party: { enum: [...EVIDENCE_PARTIES] }, description: text('What the evidence shows'), fileIds: { type: 'array', items: id } }),
    EvidenceReviewInput: body({ verdict: { enum: ['accepted', 'doubtful', 'forged'] }, note: { type: 'string' } }, ['verdict']),
    TimelineEvent: {
        type: 'object',
        properties: {
            at: { type: 'string' },
            kind: { type: 'string' },
            actor: { anyOf: [{ type: 'string' }, { type: 'null' }] },
            party: { enum: [...EVIDENCE_PARTIES] },
            detail: { type: 'string' },
            future: { type: 'boolean' },
            late: { type: 'boolean' },
            refId: { type: 'string' },
        },
        required: ['at', 'kind', 'actor', 'detail'],
    },
};

export const capabilityOperations: Record<string, OperationSpec> = {
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
    // ---------- complaints (R-CMP-*)
    'POST /complaints': { requestBody: r('ComplaintCreate') },
    'GET /complaints/queue': { listOf: 'complaints', permission: ['complaints', 'list'] },
    'GET /complaints/{id}/timeline': { permission: ['complaints', 'show'], responses: { 200: { type: 'array', items: r('TimelineEvent') } }, errors: [404] },
    'POST /complaints/{id}/set-deadline': { requestBody: r('DeadlineInput') },
    'POST /complaints/{id}/record-response': { requestBody: r('StatementInput') },
    'POST /complaints/{id}/decide': { requestBody: r('ComplaintDecisionInput') },
    'POST /complaints/{id}/decline': { requestBody: r('DeclineInput') },
    'POST /complaints/{id}/mark-paid': { requestBody: noteBody(false, 'Payment note') },
    'POST /complaints/{id}/mark-malicious': { requestBody: noteBody(true, 'What shows the complaint was untrue (R-CMP-9)') },
    'POST /complaints/{id}/close': { requestBody: { type: 'object' } },
    'POST /complaints/{id}/infringement-warning': { permission: ['complaints', 'infringement'], requestBody: r('InfringementWarningInput') },
    'POST /complaints/{id}/restoration-request': { permission: ['complaints', 'infringement'], requestBody: r('RestorationRequestInput') },
    'POST /complaints/{id}/restoration-review': { permission: ['complaints', 'infringement'], requestBody: r('RestorationReviewInput') },
    'POST /evidence': { requestBody: r('EvidenceCreate') },
    'POST /evidence/{id}/review': { requestBody: r('EvidenceReviewInput') },
};
