// Registration rules shared by the console's forms and the mock API: field validation
// (R-REG-1, R-REG-7), contact masking (R-PRV-1), the review and change-report clocks
// (R-REG-10, R-REG-12) and the category-activation conditions (R-REG-12).
import { chinaDate, daysBetween, isIsoDate, type IsoDate, type IsoDateTime } from './dates';
import { CURRENCIES, type Currency } from './money';
import { BUSINESS_TYPES, type Category, type Merchant } from './types';
import { usccProblem, usccProblemMessage } from './uscc';
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from './workingDays';

/** Fields an officer may edit on a merchant (status is never one of them: R-REG-9, R-PEN-10). */
export const MERCHANT_EDITABLE_FIELDS = [
    'nameZh',
    'nameEn',
    'storeName',
    'uscc',
    'legalRepresentative',
    'businessType',
    'registeredCapital',
    'establishedOn',
    'address',
    'province',
    'city',
    'businessScope',
    'hasImportExportRight',
    'contactPerson',
    'contactTitle',
    'email',
    'phone',
    'contactAddress',
    'categoryIds',
    'depositCurrency',
    'printedLicenceReceived',
] as const;
export type MerchantEditableField = (typeof MERCHANT_EDITABLE_FIELDS)[number];

/** R-REG-1 / R-REG-7: what a registration must carry. */
export const MERCHANT_REQUIRED_FIELDS: MerchantEditableField[] = [
    'nameZh',
    'nameEn',
    'uscc',
    'legalRepresentative',
    'businessType',
    'establishedOn',
    'address',
    'province',
    'contactPerson',
    'contactTitle',
    'email',
    'phone',
    'contactAddress',
];

export const CONTACT_FIELDS = ['contactPerson', 'email', 'phone', 'contactAddress'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(\+?\d[\d -]{6,18}\d)$/;

export interface MerchantValidationContext {
    today: IsoDate;
    /** Category ids that exist. */
    categoryIds: Set<string>;
    /** Another merchant already registered with this USCC (other than the one edited), if any. */
    usccTakenBy: (uscc: string) => string | null;
}

/** Field errors for a full merchant record (after applying an edit). Empty when valid. */
export const validateMerchantFields = (m: Partial<Merchant>, vc: MerchantValidationContext): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const f of MERCHANT_REQUIRED_FIELDS) {
        const v = m[f];
        if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) errors[f] = 'Required (R-REG-1, R-REG-7)';
    }
    if (typeof m.uscc === 'string' && m.uscc.trim() && !errors.uscc) {
        const problem = usccProblem(m.uscc);
        if (problem) errors.uscc = usccProblemMessage[problem];
        else {
            const other = vc.usccTakenBy(m.uscc.trim().toUpperCase());
            if (other) errors.uscc = `This unified social credit code is already registered by merchant ${other}: one account per enterprise (R-REG-6)`;
        }
    }
    if (m.establishedOn !== undefined && !errors.establishedOn) {
        if (!isIsoDate(m.establishedOn)) errors.establishedOn = 'Give a date as YYYY-MM-DD';
        else if (daysBetween(vc.today, m.establishedOn) > 0) errors.establishedOn = 'The date of establishment cannot be in the future';
    }
    if (m.businessType !== undefined && !errors.businessType && !(BUSINESS_TYPES as readonly string[]).includes(m.businessType))
        errors.businessType = `One of: ${BUSINESS_TYPES.join(', ')}`;
    if (m.registeredCapital !== undefined && (typeof m.registeredCapital !== 'number' || !Number.isSafeInteger(m.registeredCapital) || m.registeredCapital < 0))
        errors.registeredCapital = 'A whole amount in fen (minor units), not negative';
    if (typeof m.email === 'string' && m.email.trim() && !errors.email && !EMAIL.test(m.email.trim())) errors.email = 'Not an e-mail address';
    if (typeof m.phone === 'string' && m.phone.trim() && !errors.phone && !PHONE.test(m.phone.trim())) errors.phone = 'Not a phone number (digits, spaces, dashes, optional +)';
    if (m.hasImportExportRight !== undefined && typeof m.hasImportExportRight !== 'boolean') errors.hasImportExportRight = 'Yes or no';
    if (m.printedLicenceReceived !== undefined && typeof m.printedLicenceReceived !== 'boolean') errors.printedLicenceReceived = 'Yes or no';
    if (m.depositCurrency !== undefined && !(CURRENCIES as readonly string[]).includes(m.depositCurrency)) errors.depositCurrency = `One of: ${CURRENCIES.join(', ')}`;
    if (m.categoryIds !== undefined) {
        if (!Array.isArray(m.categoryIds) || m.categoryIds.some(c => !vc.categoryIds.has(c))) errors.categoryIds = 'Choose existing categories';
    }
    for (const f of ['nameZh', 'nameEn', 'storeName', 'legalRepresentative', 'address', 'province', 'city', 'businessScope', 'contactPerson', 'contactTitle', 'contactAddress'] as const) {
        const v = m[f];
        if (v !== undefined && v !== null && typeof v !== 'string') errors[f] = 'Must be text';
        else if (typeof v === 'string' && v.length > 500) errors[f] = 'At most 500 characters';
    }
    return errors;
};

// ---------- R-PRV-1 masking ----------
export const maskPhone = (phone: string): string => {
    const digits = phone ?? '';
    if (digits.length <= 7) return digits.replace(/.(?=.{2})/g, '*');
    return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
};

export const maskEmail = (email: string): string => {
    const [local, domain] = (email ?? '').split('@');
    if (!domain) return '***';
    return `${local.slice(0, 1)}***@${domain}`;
};

export const maskName = (name: string): string => (name ? `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}` : '');

/** Keeps the province and city, hides the street and number. */
export const maskAddress = (address: string): string => {
    const chars = [...(address ?? '')];
    return chars.length <= 6 ? '****' : `${chars.slice(0, 6).join('')}****`;
};

export const maskContact = <T extends Partial<Record<ContactField, string>>>(m: T): T => ({
    ...m,
    contactPerson: maskName(m.contactPerson ?? ''),
    email: maskEmail(m.email ?? ''),
    phone: maskPhone(m.phone ?? ''),
    contactAddress: maskAddress(m.contactAddress ?? ''),
});

// ---------- clocks ----------
export interface Clock {
    dueDate: IsoDate;
    /** Working days from today to the due date; negative when overdue. */
    daysLeft: number;
    overdue: boolean;
}

/** A working-day clock that starts on the China date of `start` (R-REG-12, R-REG-10). */
export const workingDayClock = (start: IsoDateTime | IsoDate, workingDays: number, today: IsoDate, calendar: WorkingCalendar): Clock => {
    const startDate = start.length === 10 ? start : chinaDate(start);
    const dueDate = addWorkingDays(startDate, workingDays, calendar);
    const daysLeft = workingDaysBetween(today, dueDate, calendar);
    return { dueDate, daysLeft, overdue: daysBetween(dueDate, today) > 0 };
};

/** R-REG-10: a change must be reported within N working days of the change. */
export const changeReportDue = (changedOn: IsoDate, workingDays: number, calendar: WorkingCalendar): IsoDate =>
    addWorkingDays(changedOn, workingDays, calendar);

export const isLateChangeReport = (changedOn: IsoDate, reportedAt: IsoDateTime, workingDays: number, calendar: WorkingCalendar): boolean =>
    daysBetween(changeReportDue(changedOn, workingDays, calendar), chinaDate(reportedAt)) > 0;

// ---------- category activation (R-REG-12, R-DEP-1, R-DEP-2) ----------
export const ACTIVATION_CONDITIONS = ['registered', 'agreementAccepted', 'materialsApproved', 'depositPaid', 'activationNoticeSent'] as const;
export type ActivationCondition = (typeof ACTIVATION_CONDITIONS)[number];

/** R-DEP-1: a store in several categories owes the highest required deposit, not the sum. */
export const requiredDepositFor = (categories: Category[], currency: Currency): number =>
    categories.reduce((max, c) => Math.max(max, c.requiredDeposit[currency] ?? 0), 0);

export const REGISTERED_STATUSES = ['active', 'restricted'] as const;

// ---------- decisions (R-REG-9) ----------
/** Internal reason codes recorded with every registration decision. */
export const DECISION_REASON_CODES = {
    approve: ['all_checks_passed', 'passed_after_information', 'passed_after_on_site_check'],
    reject: [
        'invalid_uscc',
        'established_under_one_year',
        'no_import_export_right',
        'licence_mismatch',
        'licence_expired',
        'on_site_check_failed',
        'block_listed',
        'duplicate_account',
        'untrue_documents',
        'other',
    ],
    request_info: ['missing_document', 'unclear_licence_scan', 'licence_mismatch', 'printed_copy_missing', 'contact_data_unverified', 'other'],
} as const;

export const validateDecision = (body: { kind?: unknown; reasonCode?: unknown; note?: unknown }): Record<string, string> => {
    const errors: Record<string, string> = {};
    const kind = body.kind as keyof typeof DECISION_REASON_CODES;
    if (!(kind in DECISION_REASON_CODES)) errors.kind = 'One of: approve, reject, request_info';
    else if (!(DECISION_REASON_CODES[kind] as readonly string[]).includes(body.reasonCode as string))
        errors.reasonCode = `Choose a reason code: ${DECISION_REASON_CODES[kind].join(', ')} (R-REG-9)`;
    if (typeof body.note !== 'string' || body.note.trim().length < 3) errors.note = 'Write a note of at least 3 characters: every decision records one (R-REG-9)';
    else if (body.note.length > 2000) errors.note = 'At most 2,000 characters';
    return errors;
};
