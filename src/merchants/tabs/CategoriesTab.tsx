// R-REG-12: this merchant's category applications with the conditions checklist and clock.
import { Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, useTranslate } from 'react-admin';
import { categoryApplicationColumns } from '../../category-applications/columns';
import { ListPagination } from '../../common/ListPagination';

export const CategoriesTab = () => {
    const translate = useTranslate();
    return (
        <ReferenceManyField reference="category-applications" target="merchantId" sort={{ field: 'signedAt', order: 'DESC' }} perPage={25} pagination={<ListPagination />}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">{translate('category_applications.empty')}</Typography>}>
                {categoryApplicationColumns({ withMerchant: false })}
            </Datagrid>
        </ReferenceManyField>
    );
};
