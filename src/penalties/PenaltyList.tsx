import AddIcon from '@mui/icons-material/Add';
import Typography from '@mui/material/Typography';
import { CreateButton, DatagridConfigurable, ExportButton, FunctionField, List, SelectColumnsButton, TextField, TopToolbar, useLocaleState, useTranslate } from 'react-admin';
import type { Penalty } from '../domain';
import { groundLabel } from './groundLabel';
import { IsoDateField } from './IsoDateField';
import { MeasureChips } from './MeasureChips';
import { penaltyFilters } from './penaltyFilters';
import { PenaltyStatusChip } from './PenaltyStatusChip';
import { useMe } from './useMe';
import { useOperatorNames } from './useOperatorNames';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const ListActions = () => {
    const me = useMe();
    return (
        <TopToolbar>
            <SelectColumnsButton />
            {me.can('penalties', 'create') && <CreateButton icon={<AddIcon />} />}
            <ExportButton />
        </TopToolbar>
    );
};

const Empty = () => {
    const translate = useTranslate();
    return (
        <Typography sx={{ p: 3 }} color="text.secondary">
            {translate('penalties.empty')}
        </Typography>
    );
};

export const PenaltyList = () => {
    const [locale] = useLocaleState();
    const translate = useTranslate();
    const nameOf = useOperatorNames();
    return (
        <List {...listToolbar(penaltyFilters, <ListActions />)} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'proposedAt', order: 'DESC' }} perPage={25} empty={false}>
            <DatagridConfigurable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
                <TextField source="id" sx={{ whiteSpace: 'nowrap' }} />
                <FunctionField source="merchantName" render={(p: Penalty) => `${p.merchantName} (${p.merchantId})`} />
                <FunctionField source="ground.ruleId" label="resources.penalties.fields.ground" render={(p: Penalty) => groundLabel(p.ground, locale)} />
                <MeasureChips label="resources.penalties.fields.measures" />
                <PenaltyStatusChip label="resources.penalties.fields.status" />
                <IsoDateField source="startsOn" />
                <IsoDateField source="endsOn" empty={translate('penalties.permanent')} />
                <FunctionField source="proposedBy" sx={{ whiteSpace: 'nowrap' }} render={(p: Penalty) => nameOf(p.proposedBy)} />
                <FunctionField source="appeal" sortable={false} render={(p: Penalty) => (p.appeal ? translate(`penalties.appeal.status.${p.appeal.status}`) : '')} />
            </DatagridConfigurable>
        </List>
    );
};
export default PenaltyList;
