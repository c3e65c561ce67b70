// The platform's numbers in one place (RULES.md: "where a number is a platform setting, keep it
// in one settings module"). The mock serves these from GET /settings; the supervisor edits them.
import { isIsoDate } from './dates';
import type { Currency } from './money';
import { usccProblem, usccProblemMessage } from './uscc';
import { CHINA_CALENDAR, type WorkingCalendar } from './workingDays';

export interface BlockListEntry {
    uscc: string;
    name: string;
    reason: string;
}

export interface Settings {
    id: 'platform';
    /** R-DEP-1 standard deposit, minor units per currency. */
    standardDeposit: Record<Currency, number>;
    /** R-DEP-5 days to top up a shortfall. */
    topUpDays: number;
    /** R-DEP-5 shortfall share (percent of required) below which restrictive measures may be proposed. */
    restrictiveMeasureShortfallPercent: number;
    /** R-DEP-7 consecutive quiet months before a refund. */
    refundQuietMonths: number;
    /** R-DEP-7 natural days to pay a refund out after approval. */
    refundPayoutDays: number;
    /** R-DEP-11 liquidated damages per day, in basis points (50 = 0.5%). */
    liquidatedDamagesBasisPointsPerDay: number;
    /** R-DEP-13 deductions above this amount need a second person, minor units per currency. */
    deductionApprovalThreshold: Record<Currency, number>;
    /** R-PEN-6 liquidated damages for commercial bribery, minor units (CNY). */
    briberyLiquidatedDamages: number;
    /** R-REG-3 minimum years since establishment. */
    minimumYearsEstablished: number;
    /** R-REG-10 working days to report a registration change. */
    changeReportWorkingDays: number;
    /** R-REG-12 working days for a category to open / an application to lapse; also the review clock. */
    activationWorkingDays: number;
    /** R-REG-11 days ahead to flag an expiring licence. */
    licenceExpiryWarningDays: number;
    /** R-PEN-9 days of clearance after termination. */
    clearanceDays: number;
    /** R-PEN-5 days without login that ground termination. */
    inactivityTerminationDays: number;
    /** R-NOT-2 hours until an e-mail counts as delivered. */
    emailDeemedDeliveredHours: number;
    /** R-NOT-2 natural days until a posted letter counts as delivered. */
    postDeemedDeliveredDays: number;
    /** Largest evidence or document upload, bytes. */
    uploadMaxBytes: number;
    /** Default days an accused merchant gets to respond (R-CMP-4). */
    complaintResponseDays: number;
    /** R-REG-13 enterprises closed elsewhere for counterfeit or pirated goods. */
    blockList: BlockListEntry[];
    /** Working-day calendar by year (RULES.md "Working days in China"). */
    calendar: WorkingCalendar;
}

export const DEFAULT_SETTINGS: Settings = {
    id: 'platform',
    standardDeposit: { CNY: 1_000_000, USD: 200_000 },
    topUpDays: 15,
    restrictiveMeasureShortfallPercent: 50,
    refundQuietMonths: 3,
    refundPayoutDays: 30,
    liquidatedDamagesBasisPointsPerDay: 50,
    deductionApprovalThreshold: { CNY: 500_000, USD: 100_000 },
    briberyLiquidatedDamages: 10_000_000,
    minimumYearsEstablished: 1,
    changeReportWorkingDays: 3,
    activationWorkingDays: 15,
    licenceExpiryWarningDays: 30,
    clearanceDays: 20,
    inactivityTerminationDays: 180,
    emailDeemedDeliveredHours: 24,
    postDeemedDeliveredDays: 5,
    uploadMaxBytes: 5 * 1024 * 1024,
    complaintResponseDays: 7,
    blockList: [
        { uscc: '91440300MA5FXXKC2P', name: '深圳市仿冒电子有限公司', reason: 'Closed by another platform for counterfeit goods, 2024' },
        { uscc: '91330100MA2H0P9L3U', name: '杭州盗版图书贸易有限公司', reason: 'Closed for pirated goods, 2025' },
    ],
    calendar: CHINA_CALENDAR,
};

/** Field-level validation shared by the Settings form and the mock API. */
export const validateSettings = (input: Partial<Settings>): Record<string, string> => {
    const errors: Record<string, string> = {};
    const positiveInt = (field: keyof Settings, value: unknown, { allowZero = false, max = Number.MAX_SAFE_INTEGER } = {}) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < (allowZero ? 0 : 1) || value > max) {
            errors[field] = allowZero ? `Must be a whole number from 0 to ${max}` : `Must be a whole number from 1 to ${max}`;
        }
    };
    const perCurrency = (field: keyof Settings, value: unknown) => {
        const v = value as Record<string, unknown> | undefined;
        for (const c of ['CNY', 'USD']) {
            const amount = v?.[c];
            if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
                errors[`${field}.${c}`] = 'Must be a positive amount in minor units';
            }
        }
    };
    if ('standardDeposit' in input) perCurrency('standardDeposit', input.standardDeposit);
    if ('deductionApprovalThreshold' in input) perCurrency('deductionApprovalThreshold', input.deductionApprovalThreshold);
    if ('topUpDays' in input) positiveInt('topUpDays', input.topUpDays, { max: 365 });
    if ('restrictiveMeasureShortfallPercent' in input)
        positiveInt('restrictiveMeasureShortfallPercent', input.restrictiveMeasureShortfallPercent, { max: 100 });
    if ('refundQuietMonths' in input) positiveInt('refundQuietMonths', input.refundQuietMonths, { max: 24 });
    if ('refundPayoutDays' in input) positiveInt('refundPayoutDays', input.refundPayoutDays, { max: 365 });
    if ('liquidatedDamagesBasisPointsPerDay' in input)
        positiveInt('liquidatedDamagesBasisPointsPerDay', input.liquidatedDamagesBasisPointsPerDay, { allowZero: true, max: 1000 });
    if ('briberyLiquidatedDamages' in input) positiveInt('briberyLiquidatedDamages', input.briberyLiquidatedDamages);
    if ('minimumYearsEstablished' in input) positiveInt('minimumYearsEstablished', input.minimumYearsEstablished, { allowZero: true, max: 50 });
    if ('changeReportWorkingDays' in input) positiveInt('changeReportWorkingDays', input.changeReportWorkingDays, { max: 60 });
    if ('activationWorkingDays' in input) positiveInt('activationWorkingDays', input.activationWorkingDays, { max: 120 });
    if ('licenceExpiryWarningDays' in input) positiveInt('licenceExpiryWarningDays', input.licenceExpiryWarningDays, { max: 365 });
    if ('clearanceDays' in input) positiveInt('clearanceDays', input.clearanceDays, { max: 365 });
    if ('inactivityTerminationDays' in input) positiveInt('inactivityTerminationDays', input.inactivityTerminationDays, { max: 3650 });
    if ('emailDeemedDeliveredHours' in input) positiveInt('emailDeemedDeliveredHours', input.emailDeemedDeliveredHours, { allowZero: true, max: 720 });
    if ('postDeemedDeliveredDays' in input) positiveInt('postDeemedDeliveredDays', input.postDeemedDeliveredDays, { allowZero: true, max: 60 });
    if ('uploadMaxBytes' in input) positiveInt('uploadMaxBytes', input.uploadMaxBytes, { max: 50 * 1024 * 1024 });
    if ('complaintResponseDays' in input) positiveInt('complaintResponseDays', input.complaintResponseDays, { max: 90 });
    if ('blockList' in input) {
        if (!Array.isArray(input.blockList)) errors.blockList = 'Must be a list';
        else
            input.blockList.forEach((entry, i) => {
                const problem = entry && typeof entry.uscc === 'string' ? usccProblem(entry.uscc) : 'length';
                if (problem) errors[`blockList.${i}.uscc`] = usccProblemMessage[problem];
                if (!entry || typeof entry.name !== 'string' || !entry.name.trim()) errors[`blockList.${i}.name`] = 'Required';
            });
    }
    if ('calendar' in input) {
        const cal = input.calendar as unknown;
        if (!cal || typeof cal !== 'object') errors.calendar = 'Must map each year to its holidays and make-up working days';
        else
            for (const [year, def] of Object.entries(cal as Record<string, unknown>)) {
                const d = def as { holidays?: unknown; makeUpWorkingDays?: unknown };
                if (!/^\d{4}$/.test(year)) errors[`calendar.${year}`] = 'Year must be four digits';
                for (const key of ['holidays', 'makeUpWorkingDays'] as const) {
                    const list = d?.[key];
                    // isIsoDate also refuses dates that do not exist, e.g. 2026-02-30.
                    if (!Array.isArray(list) || list.some(x => !isIsoDate(x) || !x.startsWith(`${year}-`)))
                        errors[`calendar.${year}.${key}`] = `Each date must be an existing YYYY-MM-DD date within ${year}`;
                }
                if (Array.isArray(d?.holidays) && Array.isArray(d?.makeUpWorkingDays) && !errors[`calendar.${year}.makeUpWorkingDays`]) {
                    const off = new Set(d.holidays as unknown[]);
                    const both = (d.makeUpWorkingDays as unknown[]).filter(x => off.has(x));
                    if (both.length) errors[`calendar.${year}.makeUpWorkingDays`] = `A day cannot be both a holiday and a make-up working day: ${both.join(', ')}`;
                }
            }
    }
    return errors;
};
