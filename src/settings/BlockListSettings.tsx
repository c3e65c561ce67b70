// R-REG-13: enterprises closed elsewhere for counterfeit or pirated goods.
import { ArrayInput, SimpleFormIterator, TextInput } from 'react-admin';
import { SettingRow } from './SettingRow';
import { SettingsGroup } from './SettingsGroup';

const f = 'resources.settings.fields.blockList';

export const BlockListSettings = ({ readOnly }: { readOnly: boolean }) => (
    <SettingsGroup id="blockList">
        <SettingRow rule="R-REG-13" wide>
            <ArrayInput source="blockList" label={false}>
                <SimpleFormIterator inline disableReordering disableClear disableAdd={readOnly} disableRemove={readOnly}>
                    <TextInput source="uscc" label={`${f}.uscc`} readOnly={readOnly} helperText={false} sx={{ minWidth: 220 }} />
                    <TextInput source="name" label={`${f}.name`} readOnly={readOnly} helperText={false} sx={{ minWidth: 260 }} />
                    <TextInput source="reason" label={`${f}.reason`} readOnly={readOnly} helperText={false} sx={{ minWidth: 320 }} />
                </SimpleFormIterator>
            </ArrayInput>
        </SettingRow>
    </SettingsGroup>
);
