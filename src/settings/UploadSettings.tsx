// The largest file an upload may be, in bytes (shown in MB beside it).
import { NumberInput, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatNumber } from '../common/format';
import { SettingRow } from './SettingRow';
import { SettingsGroup } from './SettingsGroup';

export const UploadSettings = ({ readOnly }: { readOnly: boolean }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const bytes = useWatch({ name: 'uploadMaxBytes' }) as unknown;
    const mb = typeof bytes === 'number' && Number.isFinite(bytes) ? formatNumber(Math.round((bytes / 1_048_576) * 100) / 100, locale) : '—';
    return (
        <SettingsGroup id="uploads">
            <SettingRow rule="UPLOAD">
                <NumberInput
                    source="uploadMaxBytes"
                    label="resources.settings.fields.uploadMaxBytes"
                    helperText={translate('resources.settings.fields.uploadMaxBytes_help', { mb })}
                    readOnly={readOnly}
                    step={1}
                    fullWidth
                />
            </SettingRow>
        </SettingsGroup>
    );
};
