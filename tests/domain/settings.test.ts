import { describe, expect, it } from 'vitest';
import { isValidUscc } from '../../src/domain/uscc';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../src/domain/settings';

const errorsFor = (patch: Record<string, unknown>) => validateSettings(patch as Partial<Settings>);

describe('validateSettings', () => {
    it('accepts the defaults and an empty patch', () => {
        expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
        expect(validateSettings({})).toEqual({});
    });

    it('R-DEP-1 R-DEP-5 R-DEP-11 keeps the rulebook numbers as defaults', () => {
        expect(DEFAULT_SETTINGS.standardDeposit).toEqual({ CNY: 1_000_000, USD: 200_000 }); // RMB 10,000 / USD 2,000
        expect(DEFAULT_SETTINGS.topUpDays).toBe(15);
        expect(DEFAULT_SETTINGS.liquidatedDamagesBasisPointsPerDay).toBe(50);
        expect(DEFAULT_SETTINGS.activationWorkingDays).toBe(15);
        expect(DEFAULT_SETTINGS.changeReportWorkingDays).toBe(3);
        expect(DEFAULT_SETTINGS.licenceExpiryWarningDays).toBe(30);
        expect(DEFAULT_SETTINGS.inactivityTerminationDays).toBe(180);
        expect(DEFAULT_SETTINGS.clearanceDays).toBe(20);
        expect(DEFAULT_SETTINGS.briberyLiquidatedDamages).toBe(10_000_000); // RMB 100,000 (R-PEN-6)
    });

    it('R-REG-13 block-list entries carry valid USCCs', () => {
        for (const entry of DEFAULT_SETTINGS.blockList) expect(isValidUscc(entry.uscc), entry.uscc).toBe(true);
    });

    it.each([
        ['topUpDays', 0],
        ['topUpDays', 1.5],
        ['topUpDays', '15'],
        ['topUpDays', 366],
        ['restrictiveMeasureShortfallPercent', 101],
        ['refundQuietMonths', -1],
        ['refundPayoutDays', null],
        ['liquidatedDamagesBasisPointsPerDay', -1],
        ['liquidatedDamagesBasisPointsPerDay', 0.5],
        ['briberyLiquidatedDamages', 0],
        ['minimumYearsEstablished', 51],
        ['changeReportWorkingDays', 0],
        ['activationWorkingDays', 121],
        ['licenceExpiryWarningDays', 'thirty'],
        ['clearanceDays', 0],
        ['inactivityTerminationDays', 3651],
        ['emailDeemedDeliveredHours', 721],
        ['postDeemedDeliveredDays', -5],
        ['uploadMaxBytes', 50 * 1024 * 1024 + 1],
        ['complaintResponseDays', 0],
    ])('gives a field error for %s = %j and only for it', (field, value) => {
        const errors = errorsFor({ [field]: value });
        expect(Object.keys(errors)).toEqual([field]);
        expect(errors[field]).toMatch(/whole number/);
    });

    it('accepts zero where zero makes sense', () => {
        expect(errorsFor({ liquidatedDamagesBasisPointsPerDay: 0, minimumYearsEstablished: 0, emailDeemedDeliveredHours: 0, postDeemedDeliveredDays: 0 })).toEqual({});
    });

    it('R-DEP-14 gives per-currency errors for amounts that are not positive integers of minor units', () => {
        expect(errorsFor({ standardDeposit: { CNY: 100.5, USD: 200_000 } })).toEqual({ 'standardDeposit.CNY': expect.stringMatching(/minor units/) });
        expect(errorsFor({ deductionApprovalThreshold: { CNY: 500_000 } })).toEqual({ 'deductionApprovalThreshold.USD': expect.any(String) });
        expect(Object.keys(errorsFor({ standardDeposit: { CNY: 0, USD: -1 } })).sort()).toEqual(['standardDeposit.CNY', 'standardDeposit.USD']);
        expect(Object.keys(errorsFor({ standardDeposit: null }))).toEqual(['standardDeposit.CNY', 'standardDeposit.USD']);
    });

    it('R-REG-13 gives per-entry errors for the block list', () => {
        expect(errorsFor({ blockList: 'nope' })).toEqual({ blockList: 'Must be a list' });
        const errors = errorsFor({
            blockList: [
                { uscc: '91350100M000100Y43', name: 'OK', reason: '' },
                { uscc: '91350100M000100Y4', name: '', reason: '' },
                { uscc: '91350100M000100Y44', name: 'Bad check', reason: '' },
            ],
        });
        expect(Object.keys(errors).sort()).toEqual(['blockList.1.name', 'blockList.1.uscc', 'blockList.2.uscc']);
        expect(errors['blockList.1.uscc']).toMatch(/18 characters/);
        expect(errors['blockList.2.uscc']).toMatch(/check character/);
    });

    it('gives per-year errors for the working-day calendar', () => {
        expect(errorsFor({ calendar: null })).toEqual({ calendar: expect.stringMatching(/each year/) });
        expect(errorsFor({ calendar: { '2027': { holidays: ['2027-01-01'], makeUpWorkingDays: [] } } })).toEqual({});
        expect(errorsFor({ calendar: { '2027': { holidays: ['2026-12-31'], makeUpWorkingDays: [] } } })).toEqual({
            'calendar.2027.holidays': expect.stringMatching(/within 2027/),
        });
        // A date that does not exist.
        expect(Object.keys(errorsFor({ calendar: { '2027': { holidays: ['2027-02-30'], makeUpWorkingDays: [] } } }))).toEqual(['calendar.2027.holidays']);
        expect(Object.keys(errorsFor({ calendar: { '2027': { holidays: [], makeUpWorkingDays: ['2027-1-2'] } } }))).toEqual(['calendar.2027.makeUpWorkingDays']);
        expect(Object.keys(errorsFor({ calendar: { '2027': { holidays: [] } } }))).toEqual(['calendar.2027.makeUpWorkingDays']);
        expect(Object.keys(errorsFor({ calendar: { '27': { holidays: [], makeUpWorkingDays: [] } } }))).toEqual(['calendar.27']);
        // A day cannot be both off and worked.
        expect(errorsFor({ calendar: { '2027': { holidays: ['2027-01-02'], makeUpWorkingDays: ['2027-01-02'] } } })).toEqual({
            'calendar.2027.makeUpWorkingDays': expect.stringMatching(/both a holiday and a make-up working day: 2027-01-02/),
        });
    });

    it('collects every bad field at once', () => {
        const errors = errorsFor({ topUpDays: 0, clearanceDays: -1, standardDeposit: { CNY: 1, USD: 0 } });
        expect(Object.keys(errors).sort()).toEqual(['clearanceDays', 'standardDeposit.USD', 'topUpDays']);
    });
});
