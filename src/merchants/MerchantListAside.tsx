import { Card, CardContent, useMediaQuery } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';
import { MERCHANT_STATUSES } from '../domain';

/**
 * Saved queries and one-click status filters beside the list, on screens wide enough for it and
 * the whole table (1800 px and up); narrower, the Status filter above the list does the same.
 * Narrower screens do not render it at all (rather than hide it): it re-renders with every page
 * and filter change (issue 8).
 */
export const MerchantListAside = () => {
    const wide = useMediaQuery('(min-width: 1800px)', { noSsr: true });
    if (!wide) return null;
    return (
        <Card sx={{ order: -1, mr: 2, mt: 8, width: 200, flexShrink: 0 }}>
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
};
