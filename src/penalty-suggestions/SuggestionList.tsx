import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Datagrid, FunctionField, List, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { SUGGESTION_KINDS } from '../domain';
import { IsoDateField } from '../penalties/IsoDateField';
import { ConfirmSuggestionButton } from './ConfirmSuggestionButton';
import { DismissSuggestionButton } from './DismissSuggestionButton';
import { EvidenceField } from './EvidenceField';
import type { PenaltySuggestionRecord } from './types';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" alwaysOn choices={SUGGESTION_KINDS.map(k => ({ id: k, name: `suggestions.kind.${k}` }))} />,
    <SelectInput key="ruleId" source="ruleId" choices={[{ id: 'R-PEN-3', name: 'R-PEN-3' }, { id: 'R-PEN-5', name: 'R-PEN-5' }]} translateChoice={false} />,
];

const Empty = () => {
    const translate = useTranslate();
    return (
        <Typography sx={{ p: 3 }} color="text.secondary">
            {translate('suggestions.empty')}
        </Typography>
    );
};

const Help = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mt: 1 }}>
            {translate('suggestions.help')}
        </Alert>
    );
};

export const SuggestionList = () => {
    const translate = useTranslate();
    return (
        <>
            <Help />
            <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'since', order: 'DESC' }} perPage={25} exporter={false} empty={false}>
                <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty />}>
                    <FunctionField source="merchantName" render={(s: PenaltySuggestionRecord) => `${s.merchantName} (${s.merchantId})`} />
                    <FunctionField source="kind" render={(s: PenaltySuggestionRecord) => `${s.ruleId} · ${translate(`suggestions.kind.${s.kind}`)}`} />
                    <EvidenceField label="resources.penalty-suggestions.fields.evidence" />
                    <IsoDateField source="since" />
                    <FunctionField source="merchantStatus" sortable={false} sx={{ whiteSpace: 'nowrap' }} render={(s: PenaltySuggestionRecord) => translate(`suggestions.status.${s.merchantStatus}`)} />
                    <FunctionField
                        label=""
                        render={() => (
                            <Stack direction="row" gap={1} justifyContent="flex-end">
                                <ConfirmSuggestionButton />
                                <DismissSuggestionButton />
                            </Stack>
                        )}
                    />
                </Datagrid>
            </List>
        </>
    );
};
export default SuggestionList;
