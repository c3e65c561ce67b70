// R-DEP-1, R-DEP-5, R-DEP-7, R-DEP-11, R-PEN-6: the deposit numbers.
import { NumberInput, useTranslate } from 'react-admin';
import { CURRENCIES } from '../domain';
import { MajorAmountInput } from './MajorAmountInput';
import { SettingRow } from './SettingRow';
import { SettingsGroup } from './SettingsGroup';

const f = 'resources.settings.fields';

export const DepositSettings = ({ readOnly }: { readOnly: boolean }) => {
    const translate = useTranslate();
    return (
        <SettingsGroup id="deposits">
            {CURRENCIES.map(c => (
                <SettingRow rule="R-DEP-1" key={c}>
                    <MajorAmountInput source={`standardDeposit.${c}`} currency={c} label={translate(`${f}.standardDeposit`, { currency: c })} readOnly={readOnly} />
                </SettingRow>
            ))}
            <SettingRow rule="R-DEP-5">
                <NumberInput source="topUpDays" label={`${f}.topUpDays`} readOnly={readOnly} step={1} helperText={false} fullWidth />
            </SettingRow>
            <SettingRow rule="R-DEP-5">
                <NumberInput source="restrictiveMeasureShortfallPercent" label={`${f}.restrictiveMeasureShortfallPercent`} readOnly={readOnly} step={1} helperText={false} fullWidth />
            </SettingRow>
            <SettingRow rule="R-DEP-7">
                <NumberInput source="refundQuietMonths" label={`${f}.refundQuietMonths`} readOnly={readOnly} step={1} helperText={false} fullWidth />
            </SettingRow>
            <SettingRow rule="R-DEP-7">
                <NumberInput source="refundPayoutDays" label={`${f}.refundPayoutDays`} readOnly={readOnly} step={1} helperText={false} fullWidth />
            </SettingRow>
            <SettingRow rule="R-DEP-11">
                <NumberInput
                    source="liquidatedDamagesBasisPointsPerDay"
                    label={`${f}.liquidatedDamagesBasisPointsPerDay`}
                    helperText={`${f}.liquidatedDamagesBasisPointsPerDay_help`}
                    readOnly={readOnly}
                    step={1}
                    fullWidth
                />
            </SettingRow>
            <SettingRow rule="R-PEN-6">
                <MajorAmountInput source="briberyLiquidatedDamages" currency="CNY" label={translate(`${f}.briberyLiquidatedDamages`)} readOnly={readOnly} />
            </SettingRow>
        </SettingsGroup>
    );
};
