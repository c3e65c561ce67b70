// The product's data model, designed from RULES.md. These are the records the REST API speaks;
// fields marked "derived" are computed by the server on read and never accepted on write.
import type { Currency, Money } from './money';
import type { IsoDate, IsoDateTime } from './dates';

export type Id = string;

// ---------- operators and roles ----------
export const ROLES = ['compliance', 'customer_service', 'finance', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export interface Operator {
    id: Id;
    username: string;
    name: string;
    nameEn: string;
    role: Role;
    email: string;
    active: boolean;
}

// ---------- merchants (R-REG-*) ----------
export const MERCHANT_STATUSES = [
    'pending_review',
    'info_requested',
    'rejected',
    'active',
    'restricted',
    'suspended',
    'in_clearance',
    'closed',
] as const;
export type MerchantStatus = (typeof MERCHANT_STATUSES)[number];

export const BUSINESS_TYPES = ['limited_liability', 'joint_stock', 'sole_proprietorship', 'partnership', 'foreign_invested'] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export const DECISION_KINDS = ['approve', 'reject', 'request_info'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface RegistrationDecision {
    id: Id;
    kind: DecisionKind;
    reasonCode: string;
    note: string;
    decidedBy: Id;
    decidedAt: IsoDateTime;
}

export type OnSiteCheckStatus = 'scheduled' | 'passed' | 'failed' | 'cancelled';

export interface OnSiteCheck {
    id: Id;
    scheduledFor: IsoDate;
    scheduledBy: Id;
    status: OnSiteCheckStatus;
    /** What the officer plans to examine (R-REG-5). */
    note?: string;
    result?: string;
    fileIds: Id[];
    recordedBy?: Id;
    recordedAt?: IsoDateTime;
}

/** Activity data that grounds the usage-rule penalties (R-PEN-3, R-PEN-5). */
export interface MerchantActivity {
    firstLoginAt: IsoDateTime | null;
    lastLoginAt: IsoDateTime | null;
    shopOpenedAt: IsoDateTime | null;
    shopDecoratedAt: IsoDateTime | null;
    /** Oldest buyer inquiry still unanswered, if any. */
    oldestUnansweredInquiryAt: IsoDateTime | null;
    unansweredInquiries: number;
    spamInquiriesLast30Days: number;
    blockListedByBusinesses: number;
    openTransactions: number;
    openDisputes: number;
}

export interface Merchant {
    id: Id;
    /** Registered name as on the registration (Chinese) and its English name. */
    nameZh: string;
    nameEn: string;
    storeName: string;
    uscc: string;
    legalRepresentative: string;
    businessType: BusinessType;
    /** Registered capital, minor units CNY. */
    registeredCapital: number;
    establishedOn: IsoDate;
    address: string;
    province: string;
    city: string;
    businessScope: string;
    hasImportExportRight: boolean;
    // R-REG-1 contact data (masked in lists, R-PRV-1)
    contactPerson: string;
    contactTitle: string;
    email: string;
    phone: string;
    contactAddress: string;
    categoryIds: Id[];
    /** Currency in which the deposit is held. */
    depositCurrency: Currency;
    status: MerchantStatus;
    registeredAt: IsoDateTime;
    submittedAt: IsoDateTime;
    agreementAcceptedAt: IsoDateTime | null;
    approvedAt: IsoDateTime | null;
    closedAt: IsoDateTime | null;
    clearanceStartedAt: IsoDateTime | null;
    printedLicenceReceived: boolean;
    decisions: RegistrationDecision[];
    onSiteChecks: OnSiteCheck[];
    activity: MerchantActivity;
    // derived on read
    reviewDueDate?: IsoDate;
    reviewDaysLeft?: number | null;
    reviewOverdue?: boolean;
    relatedMerchantIds?: Id[];
    depositStatus?: 'paid' | 'shortfall' | 'none' | 'guarantee';
    licenceExpiresOn?: IsoDate | null;
}

// ---------- documents (R-REG-2, R-REG-7) ----------
export const DOCUMENT_TYPES = ['business_licence', 'import_export_certificate', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** Fields printed on a business licence (R-REG-7). */
export interface LicenceFields {
    uscc: string;
    registeredName: string;
    businessType: BusinessType;
    legalRepresentative: string;
    registeredCapital: number;
    establishedOn: IsoDate;
    businessTermEnd: IsoDate | null;
    residence: string;
    businessScope: string;
    issuingAuthority: string;
}

export interface MerchantDocument {
    id: Id;
    merchantId: Id;
    type: DocumentType;
    title: string;
    fileIds: Id[];
    issuedOn: IsoDate;
    expiresOn: IsoDate | null;
    reviewStatus: ReviewStatus;
    reviewNote: string;
    licence: LicenceFields | null;
    printedCopyReceived: boolean;
    uploadedAt: IsoDateTime;
}

// ---------- categories (R-DEP-1, R-REG-12) ----------
export interface Category {
    id: Id;
    code: string;
    nameZh: string;
    nameEn: string;
    /** Required deposit, minor units per currency. */
    requiredDeposit: Record<Currency, number>;
}

export type CategoryApplicationStatus = 'pending' | 'active' | 'lapsed' | 'withdrawn';

export interface CategoryApplication {
    id: Id;
    merchantId: Id;
    categoryId: Id;
    /** Agreement signed: starts the 15-working-day clock (R-REG-12). */
    signedAt: IsoDateTime;
    status: CategoryApplicationStatus;
    activationNoticeSentAt: IsoDateTime | null;
    activatedAt: IsoDateTime | null;
    lapsedAt: IsoDateTime | null;
    // derived on read
    dueDate?: IsoDate;
    workingDaysLeft?: number;
    conditions?: Record<'registered' | 'agreementAccepted' | 'materialsApproved' | 'depositPaid' | 'activationNoticeSent', boolean>;
}

// ---------- change reports (R-REG-10) ----------
export interface FieldChange {
    field: string;
    before: unknown;
    after: unknown;
}

export interface ChangeReport {
    id: Id;
    merchantId: Id;
    changedOn: IsoDate;
    reportedAt: IsoDateTime;
    changes: FieldChange[];
    fileIds: Id[];
    status: ReviewStatus;
    reviewedBy: Id | null;
    reviewedAt: IsoDateTime | null;
    reviewNote: string;
    // derived
    late?: boolean;
    reportDueDate?: IsoDate;
}

// ---------- deposits (R-DEP-*) ----------
export type DepositAccountStatus = 'open' | 'closed';

export interface PerformanceGuarantee {
    bank: string;
    reference: string;
    amount: number;
    expiresOn: IsoDate;
}

export interface DepositAccount {
    id: Id;
    merchantId: Id;
    currency: Currency;
    status: DepositAccountStatus;
    /** R-DEP-8: cash deposit or bank performance guarantee. */
    guarantee: PerformanceGuarantee | null;
    openedAt: IsoDateTime;
    closedAt: IsoDateTime | null;
    // derived on read from entries and settings (never stored)
    balance?: number;
    owed?: number;
    guaranteeDeposit?: number;
    required?: number;
    shortfall?: number;
    shortfallSince?: IsoDate | null;
    topUpDueDate?: IsoDate | null;
    topUpOverdue?: boolean;
    refundPending?: boolean;
    merchantName?: string;
    merchantNameEn?: string;
    merchantStatus?: MerchantStatus;
    entryCount?: number;
    measuresProposable?: boolean;
    guaranteeValid?: boolean;
    refundEligible?: boolean;
    /** R-DEP-11: accrued on the amount owed, with the days counted. */
    liquidatedDamages?: { amount: number; days: number; rateBasisPoints: number; since: IsoDate } | null;
}

export const LEDGER_ENTRY_TYPES = [
    'deposit',
    'top_up',
    'deduction',
    'refund',
    'reversal',
    'transfer_to_guarantee',
    'forfeiture',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/** R-DEP-3 grounds for a deduction. */
export const DEDUCTION_GROUNDS = ['liquidated_damages', 'unpaid_compensation', 'platform_loss', 'other_rule'] as const;
export type DeductionGround = (typeof DEDUCTION_GROUNDS)[number];

export interface LedgerEntry {
    id: Id;
    accountId: Id;
    merchantId: Id;
    type: LedgerEntryType;
    /** credit raises the balance, debit lowers it. */
    direction: 'credit' | 'debit';
    /** Positive minor units. */
    amount: number;
    currency: Currency;
    ground: DeductionGround | null;
    complaintId: Id | null;
    penaltyId: Id | null;
    reversesEntryId: Id | null;
    approvalId: Id | null;
    /** For a deduction larger than the balance: the part that became an amount owed (R-DEP-12). */
    owedAmount: number;
    /** For a credit: the part applied to an amount owed (a reversal of a deduction: the owed part it cancels). */
    owedSettled: number;
    postedBy: Id;
    postedAt: IsoDateTime;
    note: string;
    idempotencyKey: string;
    /** Balance after this entry (derived). */
    balanceAfter?: number;
}

export type ApprovalKind = 'refund' | 'forfeiture' | 'deduction' | 'penalty';
export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

export interface Approval {
    id: Id;
    kind: ApprovalKind;
    status: ApprovalStatus;
    merchantId: Id;
    accountId: Id | null;
    penaltyId: Id | null;
    amount: number | null;
    currency: Currency | null;
    ground: DeductionGround | null;
    complaintId: Id | null;
    note: string;
    requestedBy: Id;
    requestedAt: IsoDateTime;
    decidedBy: Id | null;
    decidedAt: IsoDateTime | null;
    decisionNote: string;
    entryId: Id | null;
    /** R-DEP-7: refunds are paid out within 30 natural days of approval. */
    payoutDueDate: IsoDate | null;
    paidOutAt: IsoDateTime | null;
    paidOutBy?: Id | null;
    idempotencyKey: string;
    // derived on read
    payoutOverdue?: boolean;
    merchantName?: string;
    merchantNameEn?: string;
}

// ---------- complaints (R-CMP-*) ----------
export const COMPLAINT_TYPES = [
    'no_delivery',
    'fake_delivery',
    'rejected_goods_not_handled',
    'refusal_to_sell',
    'no_payment_on_arrival',
    'quality',
    'counterfeit',
    'not_as_contracted',
    'wrong_brand_or_unauthorised',
    'ip_infringement',
    'false_information',
    'spam',
    'feedback_manipulation',
    'other',
] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];
/** R-CMP-8: the first nine types may lead to penalties. */
export const SERIOUS_COMPLAINT_TYPES: readonly ComplaintType[] = COMPLAINT_TYPES.slice(0, 9);

export const COMPLAINANT_TYPES = ['buyer', 'member', 'rights_holder'] as const;
export type ComplainantType = (typeof COMPLAINANT_TYPES)[number];

export const COMPLAINT_STATUSES = ['new', 'awaiting_response', 'in_review', 'decided', 'closed', 'declined'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_OUTCOMES = ['upheld', 'partly_upheld', 'rejected', 'declined'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export interface ComplaintDecision {
    outcome: ComplaintOutcome;
    reason: string;
    compensation: Money | null;
    paymentDueDate: IsoDate | null;
    decidedBy: Id;
    decidedAt: IsoDateTime;
}

export interface Complaint {
    id: Id;
    number: string;
    complainantType: ComplainantType;
    complainantName: string;
    complainantContact: string;
    merchantId: Id;
    type: ComplaintType;
    orderRef: string | null;
    amountClaimed: Money | null;
    description: string;
    status: ComplaintStatus;
    filedAt: IsoDateTime;
    filedBy: Id;
    assigneeId: Id | null;
    accusedNotifiedAt: IsoDateTime | null;
    responseDeadline: IsoDateTime | null;
    merchantRespondedAt: IsoDateTime | null;
    decision: ComplaintDecision | null;
    compensationPaidAt: IsoDateTime | null;
    deductionEntryId: Id | null;
    deductionApprovalId: Id | null;
    penaltyId: Id | null;
    malicious: boolean;
    maliciousNote: string;
    closedAt: IsoDateTime | null;
    /** R-CMP-10: warning, temporary suspension and restoration of an infringement notice. */
    infringement?: InfringementMeasures | null;
    // derived
    deadlinePassed?: boolean;
    mayDecideOnComplainantMaterials?: boolean;
    compensationOverdue?: boolean;
    needsAction?: boolean;
    actionDueAt?: IsoDateTime | null;
    merchantName?: string;
    evidenceCount?: number;
}

/** R-CMP-10 measures recorded on an ip_infringement complaint. */
export interface InfringementMeasures {
    warnedAt: IsoDateTime;
    warnedBy: Id;
    suspendedFrom: IsoDate;
    suspendedUntil: IsoDate;
    note: string;
    /** The proposed penalty created through the penalties service, when it exists. */
    penaltyId: Id | null;
    restoration: RestorationRequest | null;
}

export interface RestorationRequest {
    requestedAt: IsoDateTime;
    recordedBy: Id;
    statement: string;
    fileIds: Id[];
    status: 'pending' | 'restored' | 'kept_suspended';
    reviewedBy: Id | null;
    reviewedAt: IsoDateTime | null;
    reviewNote: string;
}

export const EVIDENCE_PARTIES = ['complainant', 'merchant', 'platform'] as const;
export type EvidenceParty = (typeof EVIDENCE_PARTIES)[number];
export const EVIDENCE_VERDICTS = ['pending', 'accepted', 'doubtful', 'forged'] as const;
export type EvidenceVerdict = (typeof EVIDENCE_VERDICTS)[number];

export interface Evidence {
    id: Id;
    complaintId: Id;
    party: EvidenceParty;
    description: string;
    fileIds: Id[];
    submittedAt: IsoDateTime;
    submittedBy: Id;
    verdict: EvidenceVerdict;
    reviewerNote: string;
    reviewedBy: Id | null;
    reviewedAt: IsoDateTime | null;
    /** Merchant evidence submitted after the response deadline: accepted, marked late (R-CMP-4). */
    late?: boolean;
    // derived: file metadata, with files already used as evidence in other complaints flagged
    files?: EvidenceFile[];
}

export interface EvidenceFile {
    id: Id;
    name: string;
    contentType: AllowedFileType;
    size: number;
    sha256: string;
    /** Numbers of other complaints whose evidence holds a file with the same SHA-256. */
    duplicateOf: string[];
}

// ---------- files ----------
export const ALLOWED_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AllowedFileType = (typeof ALLOWED_FILE_TYPES)[number];

export interface FileRecord {
    id: Id;
    name: string;
    /** Detected from the file's first bytes, never from its name. */
    contentType: AllowedFileType;
    size: number;
    sha256: string;
    uploadedAt: IsoDateTime;
    uploadedBy: Id;
}

// ---------- penalties (R-PEN-*) ----------
export const MEASURE_TYPES = [
    'warning',
    'credit_points',
    'delist_products',
    'restrict_publishing',
    'suspend_category_services',
    'freeze_transactions',
    'freeze_balance',
    'cancel_withdrawal',
    'close_store',
    'deposit_deduction',
    'liquidated_damages',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const PENALTY_STATUSES = ['proposed', 'active', 'expired', 'lifted', 'overturned', 'rejected'] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];

export interface Measure {
    type: MeasureType;
    /** Credit points deducted, for credit_points. */
    points?: number;
    /** Minor units, for deposit_deduction and liquidated_damages. */
    amount?: number;
    currency?: Currency;
}

export interface PenaltyGround {
    kind: 'rule' | 'complaint';
    ruleId: string | null;
    /** Which ground of the rule (src/domain/penalties.ts GROUNDS), e.g. "bribery". */
    code?: string | null;
    complaintId: Id | null;
    description: string;
}

export interface Appeal {
    submittedAt: IsoDateTime;
    statement: string;
    fileIds: Id[];
    status: 'pending' | 'upheld' | 'overturned';
    decidedBy: Id | null;
    decidedAt: IsoDateTime | null;
    decisionNote: string;
}

export interface Penalty {
    id: Id;
    merchantId: Id;
    ground: PenaltyGround;
    measures: Measure[];
    startsOn: IsoDate;
    /** null = permanent. */
    endsOn: IsoDate | null;
    status: PenaltyStatus;
    proposedBy: Id;
    proposedAt: IsoDateTime;
    approvedBy: Id | null;
    approvedAt: IsoDateTime | null;
    endedAt: IsoDateTime | null;
    endReason: string;
    publish: boolean;
    appeal: Appeal | null;
    ledgerEntryIds: Id[];
    note: string;
    /** The R-PEN-3/R-PEN-5 suggestion this proposal confirmed, if any. */
    suggestionId?: Id | null;
    /** R-DEP-10: the forfeiture approval requested after termination, if any. */
    forfeitureApprovalId?: Id | null;
    // derived on read
    merchantName?: string;
    /** The merchant's status now, derived from measures in force (R-PEN-10). */
    merchantStatus?: MerchantStatus;
    inForce?: boolean;
    supervisorApprovalReason?: string | null;
}

/** A dismissed R-PEN-3/R-PEN-5 suggestion: recorded, not shown again. */
export interface SuggestionDismissal {
    id: Id;
    merchantId: Id;
    kind: string;
    reason: string;
    dismissedBy: Id;
    dismissedAt: IsoDateTime;
}

// ---------- notices (R-NOT-*) ----------
export const NOTICE_CHANNELS = ['email', 'in_site', 'post'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export interface Notice {
    id: Id;
    merchantId: Id;
    kind: string;
    channel: NoticeChannel;
    subject: string;
    content: string;
    sentAt: IsoDateTime;
    /** R-NOT-2: e-mail +24 h; post on the fifth natural day; in-site at once. */
    deemedDeliveredAt: IsoDateTime;
    sentBy: Id | null;
    resource: string | null;
    recordId: Id | null;
}

// ---------- audit (R-PRV-2) ----------
export interface AuditEntry {
    id: Id;
    at: IsoDateTime;
    operatorId: Id | null;
    operatorName: string;
    role: Role | null;
    action: string;
    resource: string;
    recordId: Id | null;
    merchantId: Id | null;
    before: unknown;
    after: unknown;
    reason: string;
}

export const RESOURCES = [
    'merchants',
    'documents',
    'categories',
    'category-applications',
    'change-reports',
    'deposit-accounts',
    'ledger-entries',
    'approvals',
    'complaints',
    'evidence',
    'files',
    'penalties',
    'notices',
    'audit-log',
    'operators',
    'settings',
] as const;
export type ResourceName = (typeof RESOURCES)[number];
