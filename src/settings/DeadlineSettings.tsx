// The clocks: registration, complaints, termination and notice delivery.
import { NumberInput } from 'react-admin';
import { SettingRow } from './SettingRow';
import { SettingsGroup } from './SettingsGroup';

const f = 'resources.settings.fields';

const DEADLINES: Array<[string, string]> = [
    ['minimumYearsEstablished', 'R-REG-3'],
    ['changeReportWorkingDays', 'R-REG-10'],
    ['activationWorkingDays', 'R-REG-12'],
    ['licenceExpiryWarningDays', 'R-REG-11'],
    ['complaintResponseDays', 'R-CMP-4'],
    ['clearanceDays', 'R-PEN-9'],
    ['inactivityTerminationDays', 'R-PEN-5'],
    ['spamSuggestionThreshold', 'R-PEN-3'],
    ['blockListedSuggestionThreshold', 'R-PEN-3'],
    ['emailDeemedDeliveredHours', 'R-NOT-2'],
    ['postDeemedDeliveredDays', 'R-NOT-2'],
];

export const DeadlineSettings = ({ readOnly }: { readOnly: boolean }) => (
    <SettingsGroup id="deadlines">
        {DEADLINES.map(([source, rule]) => (
            <SettingRow rule={rule} key={source}>
                <NumberInput source={source} label={`${f}.${source}`} readOnly={readOnly} step={1} helperText={false} fullWidth />
            </SettingRow>
        ))}
    </SettingsGroup>
);
