// The Settings form's conversions: money typed in major units is stored in exact minor units
// (R-DEP-14: no floats), calendar text becomes date lists, and validation is the shared
// validateSettings with errors at field paths.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../src/domain';
import { fromFormValues, nestErrors, toFormValues, validateFormValues } from '../../src/settings/formValues';

describe('settings form values', () => {
    it('R-DEP-14 round-trips the default settings unchanged', () => {
        const { settings, unreadable } = fromFormValues(toFormValues(DEFAULT_SETTINGS));
        expect(unreadable).toEqual({});
        expect(settings).toEqual(DEFAULT_SETTINGS);
    });

    it('R-DEP-14 shows money in major units and stores what was typed exactly in minor units', () => {
        const values = toFormValues(DEFAULT_SETTINGS);
        expect((values.standardDeposit as Record<string, string>).CNY).toBe('10000.00');
        (values.standardDeposit as Record<string, string>).CNY = '1,234,567.89';
        (values.standardDeposit as Record<string, string>).USD = '0.29';
        values.briberyLiquidatedDamages = '100000.1';
        const { settings } = fromFormValues(values);
        expect(settings.standardDeposit).toEqual({ CNY: 123456789, USD: 29 });
        expect(settings.briberyLiquidatedDamages).toBe(10000010);
    });

    it('R-DEP-14 refuses a third decimal instead of rounding it', () => {
        const values = toFormValues(DEFAULT_SETTINGS);
        (values.deductionApprovalThreshold as Record<string, string>).USD = '10.005';
        expect(validateFormValues(values)['deductionApprovalThreshold.USD']).toMatch(/at most two decimals/);
    });

    it('reads calendar text as date lists and reports a date outside its year at the year field', () => {
        const values = toFormValues(DEFAULT_SETTINGS);
        const calendar = values.calendar as Record<string, { holidays: string; makeUpWorkingDays: string }>;
        calendar['2027'] = { holidays: '2027-01-01\n\n2027-02-06, 2027-02-07', makeUpWorkingDays: '' };
        expect(fromFormValues(values).settings.calendar?.['2027']).toEqual({ holidays: ['2027-01-01', '2027-02-06', '2027-02-07'], makeUpWorkingDays: [] });
        calendar['2027'].makeUpWorkingDays = '2026-12-31';
        expect(Object.keys(validateFormValues(values))).toEqual(['calendar.2027.makeUpWorkingDays']);
        expect(validateFormValues(values)['calendar.2027.makeUpWorkingDays']).toMatch(/YYYY-MM-DD.*within 2027/);
    });

    it('gives the same errors as the API validation for the same input', () => {
        const values = toFormValues({ ...DEFAULT_SETTINGS, topUpDays: 0, clearanceDays: 400 });
        const { settings } = fromFormValues(values);
        expect(validateFormValues(values)).toEqual(validateSettings(settings));
        expect(Object.keys(validateFormValues(values)).sort()).toEqual(['clearanceDays', 'topUpDays']);
    });

    it('nests dotted error paths for the form', () => {
        expect(nestErrors({ 'standardDeposit.CNY': 'x', topUpDays: 'y', 'blockList.0.uscc': 'z' })).toEqual({
            standardDeposit: { CNY: 'x' },
            topUpDays: 'y',
            blockList: { 0: { uscc: 'z' } },
        });
    });
});
