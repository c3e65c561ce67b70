// R-DEP-13: deductions above these amounts need a second person.
import { useTranslate } from 'react-admin';
import { CURRENCIES } from '../domain';
import { MajorAmountInput } from './MajorAmountInput';
import { SettingRow } from './SettingRow';
import { SettingsGroup } from './SettingsGroup';

export const ApprovalSettings = ({ readOnly }: { readOnly: boolean }) => {
    const translate = useTranslate();
    return (
        <SettingsGroup id="approvals">
            {CURRENCIES.map(c => (
                <SettingRow rule="R-DEP-13" key={c}>
                    <MajorAmountInput
                        source={`deductionApprovalThreshold.${c}`}
                        currency={c}
                        label={translate('resources.settings.fields.deductionApprovalThreshold', { currency: c })}
                        readOnly={readOnly}
                    />
                </SettingRow>
            ))}
        </SettingsGroup>
    );
};
