// Merchants, documents, category applications and change reports (R-REG-*, R-PRV-1): request and
// response schemas and operation facts.
import { BUSINESS_TYPES, CURRENCIES, DECISION_KINDS, DOCUMENT_TYPES } from '../../src/domain';
import type { JsonSchema, OperationSpec } from '../schemas';
import { body, date, id, ids, nullable, r, text } from './helpers';

const merchantEditable: Record<string, JsonSchema> = {
    nameZh: { type: 'string' },
    nameEn: { type: 'string' },
    storeName: { type: 'string' },
    uscc: { type: 'string', description: 'Unified Social Credit Code (checked, R-REG-4)' },
    legalRepresentative: { type: 'string' },
    businessType: { enum: [...BUSINESS_TYPES] },
    registeredCapital: { type: 'integer', minimum: 0 },
    establishedOn: date,
    address: { type: 'string' },
    province: { type: 'string' },
    city: { type: 'string' },
    businessScope: { type: 'string' },
    hasImportExportRight: { type: 'boolean' },
    contactPerson: { type: 'string' },
    contactTitle: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    contactAddress: { type: 'string' },
    categoryIds: ids,
    depositCurrency: { enum: [...CURRENCIES] },
    printedLicenceReceived: { type: 'boolean' },
};

const documentFields: Record<string, JsonSchema> = {
    merchantId: id,
    type: { enum: [...DOCUMENT_TYPES] },
    title: text('Title'),
    fileIds: ids,
    issuedOn: date,
    expiresOn: nullable(date),
    licence: nullable(r('LicenceFields')),
    printedCopyReceived: { type: 'boolean' },
};

export const merchantSchemas: Record<string, JsonSchema> = {
    MerchantUpdate: { type: 'object', description: 'Any subset of the editable fields; never the status (R-REG-9, R-PEN-10)', properties: { id, ...merchantEditable } },
    RegistrationCheck: body(
        { id: { type: 'string' }, ruleId: { type: 'string' }, status: { type: 'string' }, blocking: { type: 'boolean' }, reason: { type: 'string' }, details: { type: 'object' } },
        ['id', 'ruleId', 'status', 'blocking', 'reason'],
    ),
    RelatedMerchant: body({ merchantId: id, name: { type: 'string' }, via: { type: 'array', items: { type: 'string' } } }),
    DecisionInput: body({ kind: { enum: [...DECISION_KINDS] }, reasonCode: text('Reason code'), note: { type: 'string' } }, ['kind', 'reasonCode']),
    DecisionRecorded: body({ decision: r('RegistrationDecision'), merchant: r('Merchant') }),
    RevealContactInput: body({ reason: text('Why the full contact data is needed; audited (R-PRV-1)', 5) }),
    MerchantContact: body({ id, contactPerson: { type: 'string' }, contactTitle: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' }, contactAddress: { type: 'string' } }),
    OnSiteCheckInput: body({ scheduledFor: { ...date, description: 'Today or later' }, note: { type: 'string' } }, ['scheduledFor']),
    OnSiteCheckResultInput: body({ status: { enum: ['passed', 'failed'] }, result: text('What was found', 3), fileIds: ids }, ['status', 'result']),
    MerchantDocumentCreate: body(documentFields, ['merchantId', 'type', 'title', 'issuedOn']),
    MerchantDocumentUpdate: { type: 'object', properties: { id, ...documentFields } },
    DocumentReviewInput: body({ status: { enum: ['approved', 'rejected'] }, note: { type: 'string', description: 'Required to reject' } }, ['status']),
    ChangeReportCreate: body({ merchantId: id, changedOn: date, changes: { type: 'array', items: r('FieldChange'), minItems: 1 }, fileIds: ids }, ['merchantId', 'changedOn', 'changes']),
    ChangeReportReviewInput: body({ decision: { enum: ['accept', 'reject'] }, note: { type: 'string' } }, ['decision']),
};

export const merchantOperations: Record<string, OperationSpec> = {
    'PUT /merchants/{id}': { requestBody: r('MerchantUpdate') },
    'GET /merchants/{id}/checks': { permission: ['merchants', 'show'], responses: { 200: { type: 'array', items: r('RegistrationCheck') } }, errors: [404] },
    'GET /merchants/{id}/related': { permission: ['merchants', 'show'], responses: { 200: { type: 'array', items: r('RelatedMerchant') } }, errors: [404] },
    'POST /merchants/{id}/decisions': {
        permission: ['merchants', 'decide'],
        description: 'R-REG-9: approve, reject or request information; an approval is refused (409) while a blocking check fails.',
        requestBody: r('DecisionInput'),
        responses: { 201: r('DecisionRecorded') },
    },
    'POST /merchants/{id}/resubmit': { permission: ['merchants', 'decide'], requestBody: { type: 'object', properties: { note: { type: 'string' } } } },
    'POST /merchants/{id}/reveal-contact': { requestBody: r('RevealContactInput'), responses: { 200: r('MerchantContact') } },
    'POST /merchants/{id}/on-site-checks': { permission: ['merchants', 'on-site-check'], requestBody: r('OnSiteCheckInput'), responses: { 201: r('OnSiteCheck') } },
    'POST /merchants/{id}/on-site-checks/{checkId}/result': { permission: ['merchants', 'on-site-check'], requestBody: r('OnSiteCheckResultInput'), responses: { 200: r('OnSiteCheck') } },
    'POST /documents': { requestBody: r('MerchantDocumentCreate') },
    'PUT /documents/{id}': { requestBody: r('MerchantDocumentUpdate') },
    'POST /documents/{id}/review': { requestBody: r('DocumentReviewInput') },
    'POST /category-applications/{id}/activate': { requestBody: { type: 'object' }, description: 'R-REG-12: sends the activation notice; 409 while a condition is unmet.' },
    'POST /change-reports': { requestBody: r('ChangeReportCreate') },
    'POST /change-reports/{id}/review': { requestBody: r('ChangeReportReviewInput') },
};
