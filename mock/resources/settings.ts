// GET /settings, GET/PUT /settings/platform: the platform's numbers, edited by the supervisor only.
import { validateSettings, type Settings } from '../../src/domain';
import { assertValid, invalid } from '../core/errors';
import { resourceRoutes } from '../core/resource';

const EDITABLE: Array<keyof Settings> = [
    'standardDeposit',
    'topUpDays',
    'restrictiveMeasureShortfallPercent',
    'refundQuietMonths',
    'refundPayoutDays',
    'liquidatedDamagesBasisPointsPerDay',
    'deductionApprovalThreshold',
    'briberyLiquidatedDamages',
    'minimumYearsEstablished',
    'changeReportWorkingDays',
    'activationWorkingDays',
    'licenceExpiryWarningDays',
    'clearanceDays',
    'inactivityTerminationDays',
    'spamSuggestionThreshold',
    'blockListedSuggestionThreshold',
    'emailDeemedDeliveredHours',
    'postDeemedDeliveredDays',
    'uploadMaxBytes',
    'complaintResponseDays',
    'blockList',
    'calendar',
];

export const settingsRoutes = resourceRoutes<Settings>({
    name: 'settings',
    readOnlyReason: 'Settings cannot be created or deleted; edit the platform record (PUT /settings/platform).',
    update: (existing, input) => {
        const unknownFields = Object.keys(input).filter(k => k !== 'id' && !EDITABLE.includes(k as keyof Settings));
        if (unknownFields.length) throw invalid(Object.fromEntries(unknownFields.map(k => [k, 'Not a setting'])), `Unknown settings: ${unknownFields.join(', ')}`);
        const patch = Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'id')) as Partial<Settings>;
        assertValid(validateSettings(patch), 'Some settings are not valid; nothing was saved.');
        return { ...existing, ...structuredClone(patch), id: 'platform' };
    },
});
