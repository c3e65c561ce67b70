// Complaints and evidence (R-CMP-*): request/response schemas and operation facts.
import { COMPLAINANT_TYPES, COMPLAINT_TYPES, EVIDENCE_PARTIES } from '../../src/domain';
import type { JsonSchema, OperationSpec } from '../schemas';
import { body, date, id, noteBody, r, text } from './helpers';

export const complaintSchemas: Record<string, JsonSchema> = {
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

export const complaintOperations: Record<string, OperationSpec> = {
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
