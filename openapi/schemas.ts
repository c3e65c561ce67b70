// The hand-written half of the API document: JSON Schema (draft 2020-12) for every record the
// API speaks (from src/domain/types.ts), for request bodies, and per-operation facts the route
// table cannot tell (which permission a route checks, what a custom action returns, a runnable
// example). openapi/build.ts joins this with mock/routes.ts into openapi/openapi.json.
//
// When a branch adds routes: run `npm run openapi`; `npx vitest run tests/openapi` then names
// every operation that still needs an entry here (a request schema, a permission, an example).
import {
    BUSINESS_TYPES,
    COMPLAINANT_TYPES,
    COMPLAINT_OUTCOMES,
    COMPLAINT_STATUSES,
    COMPLAINT_TYPES,
    CURRENCIES,
    DECISION_KINDS,
    DEDUCTION_GROUNDS,
    DOCUMENT_TYPES,
    EVIDENCE_PARTIES,
    EVIDENCE_VERDICTS,
    LEDGER_ENTRY_TYPES,
    MEASURE_TYPES,
    MERCHANT_STATUSES,
    NOTICE_CHANNELS,
    PENALTY_STATUSES,
    ROLES,
    ALLOWED_FILE_TYPES,
    type ApprovalKind,
} from '../src/domain';
import { capabilityOperations, capabilitySchemas } from './operations';

/** types.ts ApprovalKind (a type only there). */
const APPROVAL_KINDS_FOR_DOC: readonly ApprovalKind[] = ['refund', 'forfeiture', 'deduction', 'penalty'];

export type JsonSchema = Record<string, unknown>;

// ---------- small builders ----------
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): JsonSchema => (description ? { type: 'string', description } : { type: 'string' });
const int = (description?: string): JsonSchema => (description ? { type: 'integer', description } : { type: 'integer' });
const bool: JsonSchema = { type: 'boolean' };
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const arr = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const oneOfValues = (values: readonly string[], description?: string): JsonSchema => ({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const id: JsonSchema = { type: 'string', minLength: 1 };
const date: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Calendar date (China), YYYY-MM-DD' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time', description: 'ISO 8601 instant' };
const minor: JsonSchema = { type: 'integer', description: 'Integer minor units (fen, cents) — never a float (R-DEP-14)' };
const positiveMinor: JsonSchema = { type: 'integer', minimum: 1, description: 'Positive integer minor units (R-DEP-14)' };
const perCurrency: JsonSchema = { type: 'object', properties: Object.fromEntries(CURRENCIES.map(c => [c, minor])), required: [...CURRENCIES] };

/**
 * An object schema. `required` lists what every response carries; the rest (derived fields,
 * `?` fields of types.ts) are optional. Extra properties are allowed so a server may add
 * fields without breaking clients; the console ignores what it does not know.
 */
const obj = (properties: Record<string, JsonSchema>, optional: string[] = [], extra: JsonSchema = {}): JsonSchema => ({
    type: 'object',
    properties,
    required: Object.keys(properties).filter(k => !optional.includes(k)),
    ...extra,
});

// ---------- records (src/domain/types.ts) ----------
const Money = obj({ amount: minor, currency: oneOfValues(CURRENCIES) });

const Operator = obj({ id, username: str(), name: str(), nameEn: str(), role: oneOfValues(ROLES), email: str(), active: bool });

const RegistrationDecision = obj({ id, kind: oneOfValues(DECISION_KINDS), reasonCode: str(), note: str(), decidedBy: id, decidedAt: dateTime });
const OnSiteCheck = obj(
    {
        id,
        scheduledFor: date,
        scheduledBy: id,
        status: oneOfValues(['scheduled', 'passed', 'failed', 'cancelled']),
        result: str(),
        fileIds: arr(id),
        recordedBy: id,
        recordedAt: dateTime,
    },
    ['result', 'recordedBy', 'recordedAt'],
);
const MerchantActivity = obj({
    firstLoginAt: nullable(dateTime),
    lastLoginAt: nullable(dateTime),
    shopOpenedAt: nullable(dateTime),
    shopDecoratedAt: nullable(dateTime),
    oldestUnansweredInquiryAt: nullable(dateTime),
    unansweredInquiries: int(),
    spamInquiriesLast30Days: int(),
    blockListedByBusinesses: int(),
    openTransactions: int(),
    openDisputes: int(),
});
const Merchant = obj(
    {
        id,
        nameZh: str(),
        nameEn: str(),
        storeName: str(),
        uscc: str('Unified Social Credit Code, 18 characters'),
        legalRepresentative: str(),
        businessType: oneOfValues(BUSINESS_TYPES),
        registeredCapital: minor,
        establishedOn: date,
        address: str(),
        province: str(),
        city: str(),
        businessScope: str(),
        hasImportExportRight: bool,
        contactPerson: str('Masked in lists for roles that may not see contact data (R-PRV-1)'),
        contactTitle: str(),
        email: str(),
        phone: str(),
        contactAddress: str(),
        categoryIds: arr(id),
        depositCurrency: oneOfValues(CURRENCIES),
        status: oneOfValues(MERCHANT_STATUSES),
        registeredAt: dateTime,
        submittedAt: dateTime,
        agreementAcceptedAt: nullable(dateTime),
        approvedAt: nullable(dateTime),
        closedAt: nullable(dateTime),
        clearanceStartedAt: nullable(dateTime),
        printedLicenceReceived: bool,
        decisions: arr(ref('RegistrationDecision')),
        onSiteChecks: arr(ref('OnSiteCheck')),
        activity: ref('MerchantActivity'),
        reviewDueDate: { ...date, description: 'Derived on read' },
        relatedMerchantIds: arr(id),
        depositStatus: oneOfValues(['paid', 'shortfall', 'none', 'guarantee'], 'Derived on read'),
        licenceExpiresOn: nullable(date),
    },
    ['reviewDueDate', 'relatedMerchantIds', 'depositStatus', 'licenceExpiresOn'],
);

const LicenceFields = obj({
    uscc: str(),
    registeredName: str(),
    businessType: oneOfValues(BUSINESS_TYPES),
    legalRepresentative: str(),
    registeredCapital: minor,
    establishedOn: date,
    businessTermEnd: nullable(date),
    residence: str(),
    businessScope: str(),
    issuingAuthority: str(),
});
const MerchantDocument = obj({
    id,
    merchantId: id,
    type: oneOfValues(DOCUMENT_TYPES),
    title: str(),
    fileIds: arr(id),
    issuedOn: date,
    expiresOn: nullable(date),
    reviewStatus: oneOfValues(['pending', 'approved', 'rejected']),
    reviewNote: str(),
    licence: nullable(ref('LicenceFields')),
    printedCopyReceived: bool,
    uploadedAt: dateTime,
});

const Category = obj({ id, code: str(), nameZh: str(), nameEn: str(), requiredDeposit: perCurrency });
const CategoryApplication = obj(
    {
        id,
        merchantId: id,
        categoryId: id,
        signedAt: dateTime,
        status: oneOfValues(['pending', 'active', 'lapsed', 'withdrawn']),
        activationNoticeSentAt: nullable(dateTime),
        activatedAt: nullable(dateTime),
        lapsedAt: nullable(dateTime),
        dueDate: date,
        workingDaysLeft: int(),
        conditions: {
            type: 'object',
            properties: Object.fromEntries(['registered', 'agreementAccepted', 'materialsApproved', 'depositPaid', 'activationNoticeSent'].map(k => [k, bool])),
        },
    },
    ['dueDate', 'workingDaysLeft', 'conditions'],
);

const FieldChange = { type: 'object', properties: { field: str(), before: {}, after: {} }, required: ['field'] };
const ChangeReport = obj(
    {
        id,
        merchantId: id,
        changedOn: date,
        reportedAt: dateTime,
        changes: arr(ref('FieldChange')),
        fileIds: arr(id),
        status: oneOfValues(['pending', 'approved', 'rejected']),
        reviewedBy: nullable(id),
        reviewedAt: nullable(dateTime),
        reviewNote: str(),
        late: bool,
        reportDueDate: date,
    },
    ['late', 'reportDueDate'],
);

const PerformanceGuarantee = obj({ bank: str(), reference: str(), amount: minor, expiresOn: date });
const DepositAccount = obj(
    {
        id,
        merchantId: id,
        currency: oneOfValues(CURRENCIES),
        status: oneOfValues(['open', 'closed']),
        guarantee: nullable(ref('PerformanceGuarantee')),
        openedAt: dateTime,
        closedAt: nullable(dateTime),
        balance: { ...minor, minimum: 0, description: 'Derived: sum of the ledger entries, never negative (R-DEP-12)' },
        owed: { ...minor, minimum: 0, description: 'Derived: deductions beyond the balance (R-DEP-12)' },
        guaranteeDeposit: minor,
        required: minor,
        shortfall: minor,
        shortfallSince: nullable(date),
        topUpDueDate: nullable(date),
        topUpOverdue: bool,
        refundPending: bool,
    },
    ['balance', 'owed', 'guaranteeDeposit', 'required', 'shortfall', 'shortfallSince', 'topUpDueDate', 'topUpOverdue', 'refundPending'],
);

const LedgerEntry = obj(
    {
        id,
        accountId: id,
        merchantId: id,
        type: oneOfValues(LEDGER_ENTRY_TYPES),
        direction: oneOfValues(['credit', 'debit']),
        amount: positiveMinor,
        currency: oneOfValues(CURRENCIES),
        ground: nullable(oneOfValues(DEDUCTION_GROUNDS)),
        complaintId: nullable(id),
        penaltyId: nullable(id),
        reversesEntryId: nullable(id),
        approvalId: nullable(id),
        owedAmount: { ...minor, minimum: 0, description: 'Part of a deduction beyond the balance that became owed (R-DEP-12)' },
        owedSettled: { ...minor, minimum: 0, description: 'For a credit: the part applied to an amount owed first' },
        postedBy: id,
        postedAt: dateTime,
        note: str(),
        idempotencyKey: str(),
        balanceAfter: { ...minor, minimum: 0, description: 'Derived: balance after this entry' },
    },
    ['balanceAfter', 'owedSettled'],
);

const Approval = obj({
    id,
    kind: oneOfValues(APPROVAL_KINDS_FOR_DOC),
    status: oneOfValues(['pending', 'approved', 'rejected']),
    merchantId: id,
    accountId: nullable(id),
    penaltyId: nullable(id),
    amount: nullable(minor),
    currency: nullable(oneOfValues(CURRENCIES)),
    ground: nullable(oneOfValues(DEDUCTION_GROUNDS)),
    complaintId: nullable(id),
    note: str(),
    requestedBy: id,
    requestedAt: dateTime,
    decidedBy: nullable(id),
    decidedAt: nullable(dateTime),
    decisionNote: str(),
    entryId: nullable(id),
    payoutDueDate: nullable(date),
    paidOutAt: nullable(dateTime),
    idempotencyKey: str(),
});

const ComplaintDecision = obj({
    outcome: oneOfValues(COMPLAINT_OUTCOMES),
    reason: str(),
    compensation: nullable(ref('Money')),
    paymentDueDate: nullable(date),
    decidedBy: id,
    decidedAt: dateTime,
});
const Complaint = obj(
    {
        id,
        number: str(),
        complainantType: oneOfValues(COMPLAINANT_TYPES),
        complainantName: str(),
        complainantContact: str(),
        merchantId: id,
        type: oneOfValues(COMPLAINT_TYPES),
        orderRef: nullable(str()),
        amountClaimed: nullable(ref('Money')),
        description: str(),
        status: oneOfValues(COMPLAINT_STATUSES),
        filedAt: dateTime,
        filedBy: id,
        assigneeId: nullable(id),
        accusedNotifiedAt: nullable(dateTime),
        responseDeadline: nullable(dateTime),
        merchantRespondedAt: nullable(dateTime),
        decision: nullable(ref('ComplaintDecision')),
        compensationPaidAt: nullable(dateTime),
        deductionEntryId: nullable(id),
        deductionApprovalId: nullable(id),
        penaltyId: nullable(id),
        malicious: bool,
        maliciousNote: str(),
        closedAt: nullable(dateTime),
        deadlinePassed: bool,
        mayDecideOnComplainantMaterials: bool,
    },
    ['deadlinePassed', 'mayDecideOnComplainantMaterials'],
);

const Evidence = obj({
    id,
    complaintId: id,
    party: oneOfValues(EVIDENCE_PARTIES),
    description: str(),
    fileIds: arr(id),
    submittedAt: dateTime,
    submittedBy: id,
    verdict: oneOfValues(EVIDENCE_VERDICTS),
    reviewerNote: str(),
    reviewedBy: nullable(id),
    reviewedAt: nullable(dateTime),
});

const FileRecord = obj({
    id,
    name: str(),
    contentType: oneOfValues(ALLOWED_FILE_TYPES, 'Detected from the first bytes, never from the name or the declared type'),
    size: { type: 'integer', minimum: 1 },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    uploadedAt: dateTime,
    uploadedBy: id,
});

const Measure = obj(
    { type: oneOfValues(MEASURE_TYPES), points: int(), amount: positiveMinor, currency: oneOfValues(CURRENCIES) },
    ['points', 'amount', 'currency'],
);
const PenaltyGround = obj({ kind: oneOfValues(['rule', 'complaint']), ruleId: nullable(str()), complaintId: nullable(id), description: str() });
const Appeal = obj({
    submittedAt: dateTime,
    statement: str(),
    fileIds: arr(id),
    status: oneOfValues(['pending', 'upheld', 'overturned']),
    decidedBy: nullable(id),
    decidedAt: nullable(dateTime),
    decisionNote: str(),
});
const Penalty = obj({
    id,
    merchantId: id,
    ground: ref('PenaltyGround'),
    measures: arr(ref('Measure')),
    startsOn: date,
    endsOn: nullable(date),
    status: oneOfValues(PENALTY_STATUSES),
    proposedBy: id,
    proposedAt: dateTime,
    approvedBy: nullable(id),
    approvedAt: nullable(dateTime),
    endedAt: nullable(dateTime),
    endReason: str(),
    publish: bool,
    appeal: nullable(ref('Appeal')),
    ledgerEntryIds: arr(id),
    note: str(),
});

const Notice = obj({
    id,
    merchantId: id,
    kind: str(),
    channel: oneOfValues(NOTICE_CHANNELS),
    subject: str(),
    content: str(),
    sentAt: dateTime,
    deemedDeliveredAt: { ...dateTime, description: 'R-NOT-2: e-mail +24 h, post on the fifth natural day, in-site at once' },
    sentBy: nullable(id),
    resource: nullable(str()),
    recordId: nullable(id),
});

const AuditEntry = obj({
    id,
    at: dateTime,
    operatorId: nullable(id),
    operatorName: str(),
    role: nullable(oneOfValues(ROLES)),
    action: str(),
    resource: str(),
    recordId: nullable(id),
    merchantId: nullable(id),
    before: {},
    after: {},
    reason: str(),
});

const YearCalendar = obj({ holidays: arr(date), makeUpWorkingDays: arr(date) });
const settingsFields: Record<string, JsonSchema> = {
    standardDeposit: perCurrency,
    topUpDays: int('R-DEP-5'),
    restrictiveMeasureShortfallPercent: int('R-DEP-5'),
    refundQuietMonths: int('R-DEP-7'),
    refundPayoutDays: int('R-DEP-7'),
    liquidatedDamagesBasisPointsPerDay: int('R-DEP-11'),
    deductionApprovalThreshold: perCurrency,
    briberyLiquidatedDamages: minor,
    minimumYearsEstablished: int('R-REG-3'),
    changeReportWorkingDays: int('R-REG-10'),
    activationWorkingDays: int('R-REG-12'),
    licenceExpiryWarningDays: int('R-REG-11'),
    clearanceDays: int('R-PEN-9'),
    inactivityTerminationDays: int('R-PEN-5'),
    emailDeemedDeliveredHours: int('R-NOT-2'),
    postDeemedDeliveredDays: int('R-NOT-2'),
    uploadMaxBytes: int(),
    complaintResponseDays: int('R-CMP-4'),
    blockList: arr(obj({ uscc: str(), name: str(), reason: str() })),
    calendar: { type: 'object', additionalProperties: ref('YearCalendar'), propertyNames: { pattern: '^\\d{4}$' } },
};
const Settings = obj({ id: { const: 'platform' }, ...settingsFields });
/** PUT /settings/platform: any subset of the settings; unknown names are refused (422). */
const SettingsInput = { type: 'object', properties: { id: { const: 'platform' }, ...settingsFields }, additionalProperties: false };

// ---------- shared envelopes ----------
const ErrorBody = {
    type: 'object',
    description: 'Every error. 400/422 carry `errors` (field -> message, shown beside the field); refusals by a rule carry its id.',
    properties: {
        message: { type: 'string', minLength: 1, description: 'What went wrong and what to do, for a person' },
        errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'Field -> message (dotted paths for nested fields)' },
        rule: { type: 'string', pattern: '^R-[A-Z]+-\\d+$', description: 'The RULES.md rule that refused the request' },
    },
    required: ['message'],
};
const ValidationErrorBody = { allOf: [ref('ErrorBody'), { required: ['errors'], properties: { errors: { minProperties: 1 } } }] };

const Clock = obj({ now: dateTime, today: date, offsetMs: int('Milliseconds the mock clock runs ahead of real time') });
const ClockInput = {
    type: 'object',
    description: 'One of: { now } (ISO instant) or { advanceDays } and/or { advanceHours }',
    properties: { now: dateTime, advanceDays: { type: 'number', maximum: 3650, minimum: -3650 }, advanceHours: { type: 'number', maximum: 87600, minimum: -87600 } },
};
const LoginInput = obj({ username: { type: 'string', minLength: 1 }, password: { type: 'string', minLength: 1 } }, [], { additionalProperties: false });
const Session = obj({ token: { type: 'string', minLength: 16, description: 'Bearer token for the Authorization header' }, operator: ref('Operator') });
const Ok = obj({ ok: { const: true } });

export const schemas: Record<string, JsonSchema> = {
    Money,
    Operator,
    RegistrationDecision,
    OnSiteCheck,
    MerchantActivity,
    Merchant,
    LicenceFields,
    MerchantDocument,
    Category,
    CategoryApplication,
    FieldChange,
    ChangeReport,
    PerformanceGuarantee,
    DepositAccount,
    LedgerEntry,
    Approval,
    ComplaintDecision,
    Complaint,
    Evidence,
    FileRecord,
    Measure,
    PenaltyGround,
    Appeal,
    Penalty,
    Notice,
    AuditEntry,
    YearCalendar,
    Settings,
    SettingsInput,
    ErrorBody,
    ValidationErrorBody,
    Clock,
    ClockInput,
    LoginInput,
    Session,
    Ok,
    ...capabilitySchemas,
};

/** Resource (first path segment) -> the record schema its list and GET-one return. */
export const resourceSchemas: Record<string, string> = {
    merchants: 'Merchant',
    documents: 'MerchantDocument',
    categories: 'Category',
    'category-applications': 'CategoryApplication',
    'change-reports': 'ChangeReport',
    'deposit-accounts': 'DepositAccount',
    'ledger-entries': 'LedgerEntry',
    approvals: 'Approval',
    complaints: 'Complaint',
    evidence: 'Evidence',
    files: 'FileRecord',
    penalties: 'Penalty',
    notices: 'Notice',
    'audit-log': 'AuditEntry',
    operators: 'Operator',
    settings: 'Settings',
    /** R-DEP-5 watch list: deposit accounts below their required amount. */
    shortfalls: 'DepositAccount',
    'penalty-suggestions': 'PenaltySuggestion',
    clearances: 'Clearance',
};

/** A request example the schema tests send to the mock (and a backend team can copy). */
export interface OperationExample {
    /** Who sends it (a demo account key of the contract suite). */
    as: 'compliance' | 'service' | 'financeA' | 'financeB' | 'supervisor' | null;
    /** Values for the path's {params}. */
    params?: Record<string, string>;
    body?: unknown;
    /** The status the example answers with. */
    status: number;
}

export interface OperationSpec {
    /** The permission (src/domain/permissions.ts) the route checks; null = any signed-in operator. */
    permission?: [resource: string, action: string] | null;
    description?: string;
    /** JSON request body schema, or 'multipart-file' for an upload in field `file`. */
    requestBody?: JsonSchema | 'multipart-file';
    /** Success responses: status -> schema, or 'binary' for file bytes. */
    responses?: Record<number, JsonSchema | 'binary'>;
    /** The route lists records of this resource (sort/range/filter, Content-Range). */
    listOf?: string;
    /** Requires the Idempotency-Key header (ledger postings, R-DEP-12). */
    idempotencyKeyRequired?: boolean;
    /** Error statuses this operation may answer with, besides 401 (and 403 when it has a permission). */
    errors?: number[];
    example?: OperationExample;
}

/** Per-operation facts, keyed "METHOD /path" exactly as in mock/routes.ts. */
export const operations: Record<string, OperationSpec> = {
    'POST /auth/login': {
        permission: null,
        description: 'Public. Answers 401 for an unknown user or a wrong password, 422 when a field is empty.',
        requestBody: ref('LoginInput'),
        responses: { 200: ref('Session') },
        errors: [401, 422],
        example: { as: null, body: { username: 'li.na', password: 'demo' }, status: 200 },
    },
    'POST /auth/logout': {
        permission: null,
        description: 'Ends the session of the bearer token sent.',
        responses: { 200: ref('Ok') },
        errors: [],
        example: { as: 'compliance', status: 200 },
    },
    'GET /auth/me': { permission: null, responses: { 200: ref('Operator') }, errors: [] },
    'GET /clock': { permission: null, responses: { 200: ref('Clock') }, errors: [] },
    'PUT /clock': {
        permission: ['system', 'set-clock'],
        description: "Demo control of the mock server's clock; a production backend may answer 404.",
        requestBody: ref('ClockInput'),
        responses: { 200: ref('Clock') },
        errors: [422],
        example: { as: 'supervisor', body: { advanceHours: 1 }, status: 200 },
    },
    'POST /system/reset-demo-data': {
        permission: ['system', 'reset-demo-data'],
        description: 'Demo control: restores the seed. A production backend may answer 404.',
        responses: { 200: ref('Ok') },
        errors: [],
        example: { as: 'supervisor', status: 200 },
    },
    'PUT /settings/{id}': {
        permission: ['settings', 'edit'],
        description: 'Only id "platform" exists. Any subset of the settings; the whole change is refused (422, per field) if one value is invalid.',
        requestBody: ref('SettingsInput'),
        responses: { 200: ref('Settings') },
        errors: [400, 404, 422],
        example: { as: 'supervisor', params: { id: 'platform' }, body: { topUpDays: 15 }, status: 200 },
    },
    'GET /files/{id}': {
        permission: ['files', 'show'],
        description:
            'The file bytes, served with the stored (detected) Content-Type and `X-Content-Type-Options: nosniff`. `?download=1` sets `Content-Disposition: attachment`. `<img>`/`<iframe>` may pass the token as `?access_token=` instead of the Authorization header.',
        responses: { 200: 'binary' },
        errors: [404],
    },
    'GET /files/{id}/meta': { permission: ['files', 'show'], responses: { 200: ref('FileRecord') }, errors: [404] },
    ...capabilityOperations,
};
