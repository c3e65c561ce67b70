import { Alert } from '@mui/material';
import { Datagrid, FunctionField, List, SearchInput, TextField, useLocaleState, useTranslate } from 'react-admin';
import type { Category } from '../domain';
import { numberFormat } from '../common/format';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const money = (locale: string, minor: number, currency: string) => numberFormat(locale, { style: 'currency', currency }).format(minor / 100);

export const CategoryList = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    return (
        <>
            <Alert severity="info" sx={{ mt: 2 }}>{translate('categories.help')}</Alert>
            <List {...listToolbar([<SearchInput key="q" source="q" alwaysOn />])} pagination={<ListPagination />} error={<ListLoadError />} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
                <Datagrid bulkActionButtons={false} rowClick={false}>
                    <TextField source="code" />
                    <TextField source="nameZh" />
                    <TextField source="nameEn" />
                    <FunctionField label="resources.categories.fields.cny" sortBy="requiredDeposit.CNY" render={(c: Category) => money(locale, c.requiredDeposit.CNY, 'CNY')} />
                    <FunctionField label="resources.categories.fields.usd" sortBy="requiredDeposit.USD" render={(c: Category) => money(locale, c.requiredDeposit.USD, 'USD')} />
                </Datagrid>
            </List>
        </>
    );
};
export default CategoryList;
