// R-REG-10: change reports of this merchant; late ones flagged.
import { Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, useTranslate } from 'react-admin';
import { changeReportColumns } from '../../change-reports/columns';
import { ListPagination } from '../../common/ListPagination';

export const ChangeReportsTab = () => {
    const translate = useTranslate();
    return (
        <ReferenceManyField reference="change-reports" target="merchantId" sort={{ field: 'reportedAt', order: 'DESC' }} perPage={10} pagination={<ListPagination />}>
            <Datagrid bulkActionButtons={false} rowClick="show" empty={<Typography color="text.secondary">{translate('change_reports.empty')}</Typography>}>
                {changeReportColumns({ withMerchant: false })}
            </Datagrid>
        </ReferenceManyField>
    );
};
