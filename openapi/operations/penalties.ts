// Penalties, suggestions and clearance (R-PEN-*): request and response schemas and operation facts.
import { MEASURE_TYPES } from '../../src/domain';
import type { JsonSchema, OperationSpec } from '../schemas';
import { body, date, id, ids, noteBody, nullable, r, text } from './helpers';

export const penaltySchemas: Record<string, JsonSchema> = {
    PenaltyCreate: body(
        {
            merchantId: id,
            ground: body({ kind: { enum: ['rule', 'complaint'] }, ruleId: nullable({ type: 'string' }), complaintId: nullable(id), description: text('What happened') }, ['kind', 'description']),
            measures: { type: 'array', minItems: 1, items: body({ type: { enum: [...MEASURE_TYPES] } }) },
            startsOn: date,
            endsOn: nullable(date),
            publish: { type: 'boolean' },
            note: { type: 'string' },
            suggestionId: { type: 'string' },
        },
        ['merchantId', 'ground', 'measures', 'startsOn'],
    ),
    AppealInput: body({ statement: text('The merchant’s statement (R-PEN-7)'), fileIds: ids }, ['statement']),
    AppealDecisionInput: body({ outcome: { enum: ['upheld', 'overturned'] }, note: text('Reason', 5) }),
    PublishInput: body({ publish: { type: 'boolean' } }),
    PenaltySuggestion: body(
        {
            id: { type: 'string' },
            merchantId: id,
            merchantName: { type: 'string' },
            kind: { type: 'string' },
            ruleId: { type: 'string' },
            since: date,
            evidence: { type: 'object' },
            groundCode: { type: 'string' },
            suggestedMeasures: { type: 'array', items: { type: 'string' } },
        },
        ['id', 'merchantId', 'kind', 'ruleId'],
    ),
    Clearance: body(
        { id: { type: 'string' }, merchantId: id, merchantName: { type: 'string' }, status: { type: 'string' }, forfeitable: { type: 'boolean' }, owed: { type: 'integer' }, balance: nullable({ type: 'integer' }) },
        ['id', 'merchantId', 'status'],
    ),
};

const reason = noteBody(true, 'The reason, at least 5 characters: recorded and sent to the merchant');

export const penaltyOperations: Record<string, OperationSpec> = {
    'POST /penalties': { requestBody: r('PenaltyCreate'), description: 'A proposal (status proposed); a second person approves it (R-PEN-2).' },
    'POST /penalties/{id}/approve': { requestBody: noteBody(false, 'Approval note'), description: 'Not by the proposer; the supervisor for permanent measures, closure and liquidated damages.' },
    'POST /penalties/{id}/reject': { requestBody: reason },
    'POST /penalties/{id}/lift': { requestBody: reason },
    'POST /penalties/{id}/overturn': { requestBody: reason },
    'POST /penalties/{id}/appeal': { requestBody: r('AppealInput') },
    'POST /penalties/{id}/decide-appeal': { requestBody: r('AppealDecisionInput') },
    'POST /penalties/{id}/publish': { requestBody: r('PublishInput') },
    'GET /penalty-suggestions': { listOf: 'penalty-suggestions', permission: ['penalty-suggestions', 'list'] },
    'GET /penalty-suggestions/{id}': { permission: ['penalty-suggestions', 'show'], responses: { 200: r('PenaltySuggestion') }, errors: [404] },
    'POST /penalty-suggestions/{id}/dismiss': { requestBody: noteBody(true, 'Why no penalty is proposed', 'reason'), responses: { 200: r('PenaltySuggestion') } },
    'GET /clearances': { listOf: 'clearances', permission: ['clearances', 'list'] },
    'GET /clearances/{id}': { permission: ['clearances', 'show'], responses: { 200: r('Clearance') }, errors: [404] },
    'POST /clearances/{id}/complete': { requestBody: { type: 'object' }, responses: { 200: r('Clearance') } },
    'POST /clearances/{id}/request-forfeiture': { requestBody: noteBody(false, 'Ground for forfeiture (R-DEP-10)'), responses: { 201: r('Clearance') } },
};
