import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';
import { MERCHANT_STATUSES } from '../domain';

/** Saved queries and one-click status filters beside the list. */
export const MerchantListAside = () => (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 200, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
        <CardContent>
            <SavedQueriesList />
            <FilterList label="merchants.list.by_status" icon={null}>
                {MERCHANT_STATUSES.map(s => (
                    <FilterListItem key={s} label={`merchants.status.${s}`} value={{ status: [s] }} />
                ))}
            </FilterList>
        </CardContent>
    </Card>
);
