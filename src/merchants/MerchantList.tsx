import ChecklistIcon from '@mui/icons-material/Checklist';
import { useEffect } from 'react';
import {
    Button,
    Datagrid,
    FilterButton,
    List,
    TopToolbar,
    useListContext,
    useTranslate,
    type RaRecord,
} from 'react-admin';
import { CategoryCodesField, CategoryCodesProvider } from '../categories/CategoryCodesField';
import { LightDatagridBody } from '../common/LightDatagridBody';
import { LightDatagridHeader } from '../common/LightDatagridHeader';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { PrefetchNextPage } from '../common/PrefetchNextPage';
import { TextCell } from '../common/TextCell';
import { listToolbar } from '../common/ToolbarListContext';
import { ChinaDateField } from './format';
import { Link } from 'react-router-dom';
import { Typography } from '@mui/material';
import { DepositStatusChip } from './DepositStatusChip';
import { ExportAllButton } from '../common/ExportAllButton';
import { merchantFilters, preloadMoreFilters } from './filters';
import { MerchantListAside } from './MerchantListAside';
import { MerchantNameField } from './MerchantNameField';
import { MerchantStatusChip } from './MerchantStatusChip';
import { ReviewClockField } from './ReviewClockField';

export const merchantCsvRow = (m: RaRecord) => ({
    id: m.id,
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    uscc: m.uscc,
    legalRepresentative: m.legalRepresentative,
    province: m.province,
    city: m.city,
    categoryIds: m.categoryIds,
    status: m.status,
    depositStatus: m.depositStatus,
    registeredAt: m.registeredAt,
    reviewDueDate: m.reviewDueDate ?? '',
    licenceExpiresOn: m.licenceExpiresOn ?? '',
    relatedMerchantIds: m.relatedMerchantIds,
    // Masked by the API (R-PRV-1).
    contactPerson: m.contactPerson,
    phone: m.phone,
    email: m.email,
});

const ListActions = () => {
    // The inputs of the filters FilterButton adds (./filters.tsx), fetched once the first rows
    // are shown: nothing on the way to them waits for this download.
    const { isPending } = useListContext();
    useEffect(() => {
        if (!isPending) void preloadMoreFilters().catch(() => undefined);
    }, [isPending]);
    return (
        <TopToolbar>
            <Button component={Link} to="/merchants/queue" label="merchants.list.queue_link">
                <ChecklistIcon />
            </Button>
            <FilterButton />
            <ExportAllButton toRow={merchantCsvRow} filename="merchants" />
        </TopToolbar>
    );
};

// The toolbar reads a list context that changes with the filters, not with every page (issue 8).
const toolbar = listToolbar(merchantFilters, <ListActions />);

const Empty = () => {
    const translate = useTranslate();
    return (
        <Typography sx={{ p: 3 }} color="text.secondary">
            {translate('merchants.list.empty')}
        </Typography>
    );
};

export const MerchantList = () => (
    <List
        {...toolbar}
        aside={<MerchantListAside />}
        pagination={<ListPagination />}
        error={<ListLoadError />}
        sort={{ field: 'registeredAt', order: 'DESC' }}
        perPage={25}
        empty={false}
    >
        <PrefetchNextPage />
        {/* LightDatagridBody: plain rows and cells with react-admin's class names, re-rendered only
            when their record changes; each cell that reads other state (language, categories)
            subscribes to it itself. LightDatagridHeader: re-rendered only when the sort changes.
            Issue 8. */}
        <CategoryCodesProvider>
            <Datagrid
                header={<LightDatagridHeader />}
                body={<LightDatagridBody />}
                rowClick="show"
                bulkActionButtons={false}
                empty={<Empty />}
                sx={{
                    // Cells keep one line; headers may wrap, so a long header ("Unified social
                    // credit code") does not widen its column past its values.
                    '& .RaDatagrid-rowCell, & .RaDatagrid-headerCell': { px: 1 },
                    '& .RaDatagrid-rowCell': { whiteSpace: 'nowrap' },
                    '& td.column-nameZh': { minWidth: 220, whiteSpace: 'normal' },
                    '& .column-uscc': { fontFamily: 'monospace' },
                }}
            >
                <MerchantNameField source="nameZh" label="resources.merchants.fields.name" sortBy="nameZh" />
                <TextCell source="uscc" />
                <TextCell source="legalRepresentative" />
                <TextCell source="province" />
                <CategoryCodesField source="categoryIds" label="resources.merchants.fields.categoryIds" sortable={false} />
                <MerchantStatusChip source="status" label="resources.merchants.fields.status" />
                <DepositStatusChip source="depositStatus" label="resources.merchants.fields.depositStatus" />
                <ChinaDateField source="registeredAt" />
                <ReviewClockField source="reviewDueDate" label="resources.merchants.fields.reviewDueDate" sortBy="reviewDueDate" />
            </Datagrid>
        </CategoryCodesProvider>
    </List>
);

export default MerchantList;
