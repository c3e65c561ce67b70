// The operators' workspace (issue 7): global search and dashboard aggregates.
import type { JsonSchema, OperationSpec } from '../schemas';

const count = { type: 'integer', minimum: 0 } as const;
const minor = { type: 'integer', description: 'Minor units (fen, cents)' } as const;

export const workspaceSchemas: Record<string, JsonSchema> = {
    SearchHit: {
        type: 'object',
        properties: {
            resource: { enum: ['merchants', 'complaints'] },
            id: { type: 'string' },
            title: { type: 'string' },
            subtitle: { type: 'string', description: 'USCC and masked phone (R-PRV-1), or the order reference' },
            status: { type: 'string' },
        },
        required: ['resource', 'id', 'title', 'subtitle', 'status'],
        additionalProperties: false,
    },
    SearchResult: {
        type: 'object',
        properties: { q: { type: 'string' }, hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } },
        required: ['q', 'hits'],
    },
    DashboardStats: {
        type: 'object',
        properties: {
            registrationsPerWeek: { type: 'array', items: { type: 'object', properties: { weekStart: { type: 'string', format: 'date' }, count }, required: ['weekStart', 'count'] } },
            complaintsByType: {
                type: 'array',
                items: {
                    type: 'object',
                    properties: { type: { type: 'string' }, open: count, upheld: count, partly_upheld: count, rejected: count, declined: count },
                    required: ['type', 'open', 'upheld', 'partly_upheld', 'rejected', 'declined'],
                },
            },
            depositsHeld: { type: 'array', items: { type: 'object', properties: { currency: { enum: ['CNY', 'USD'] }, amount: minor }, required: ['currency', 'amount'] } },
            deductionsPerMonth: { type: 'array', items: { type: 'object', properties: { month: { type: 'string' }, CNY: minor, USD: minor }, required: ['month', 'CNY', 'USD'] } },
        },
        required: ['registrationsPerWeek', 'complaintsByType', 'depositsHeld', 'deductionsPerMonth'],
    },
};

export const workspaceOperations: Record<string, OperationSpec> = {
    'GET /search': {
        permission: null,
        description: 'Query parameter `q` (2 to 100 characters): merchants by name, USCC or full phone; complaints by number or order reference. Phones come back masked.',
        responses: { 200: { $ref: '#/components/schemas/SearchResult' } },
        errors: [400],
    },
    'GET /stats/dashboard': {
        permission: null,
        description: 'Aggregates for the dashboard charts, computed on the server.',
        responses: { 200: { $ref: '#/components/schemas/DashboardStats' } },
        errors: [],
    },
};
