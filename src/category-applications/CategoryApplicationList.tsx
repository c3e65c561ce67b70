import { Alert } from '@mui/material';
import { Datagrid, List, NullableBooleanInput, ReferenceInput, AutocompleteInput, SelectInput, useTranslate } from 'react-admin';
import { categoryApplicationColumns } from './columns';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const filters = [
    <SelectInput
        key="status"
        source="status"
        alwaysOn
        choices={['pending', 'active', 'lapsed', 'withdrawn'].map(s => ({ id: s, name: `category_applications.status.${s}` }))}
    />,
    <ReferenceInput key="merchantId" source="merchantId" reference="merchants">
        <AutocompleteInput optionText="nameZh" />
    </ReferenceInput>,
    <ReferenceInput key="categoryId" source="categoryId" reference="categories">
        <AutocompleteInput optionText="nameEn" />
    </ReferenceInput>,
    <NullableBooleanInput key="conditionsMet" source="conditionsMet" />,
];

export const CategoryApplicationList = () => {
    const translate = useTranslate();
    return (
        <>
            <Alert severity="info" sx={{ mt: 2 }}>{translate('category_applications.help')}</Alert>
            <List {...listToolbar(filters)} pagination={<ListPagination />} error={<ListLoadError />} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'signedAt', order: 'ASC' }} perPage={25} exporter={false}>
                <Datagrid bulkActionButtons={false} rowClick={false}>
                    {categoryApplicationColumns({ withMerchant: true })}
                </Datagrid>
            </List>
        </>
    );
};
export default CategoryApplicationList;
