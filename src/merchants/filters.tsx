// The merchant list filters (issue 3 point 1): status, category, province, registration dates,
// licence expiry (R-REG-11), related accounts (R-REG-6), review overdue (R-REG-12), search.
import { SearchInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { lazyInput } from '../common/lazyInput';
import { MERCHANT_STATUSES } from '../domain';

// Shown when the list opens: search and status. The others appear when the operator adds them
// (or the URL sets them); their inputs are loaded once the list shows its first rows
// (preloadMoreFilters, called by MerchantList), or at once when the URL shows one of them.
const moreFilters = () => import('./moreFilters');
const CategoryFilterInput = lazyInput(() => moreFilters().then(m => m.CategoryFilterInput));
const DateInput = lazyInput(() => moreFilters().then(m => m.DateInput));
const NullableBooleanInput = lazyInput(() => moreFilters().then(m => m.NullableBooleanInput));
const BooleanInput = lazyInput(() => moreFilters().then(m => m.BooleanInput));
export const preloadMoreFilters = () => Promise.all([CategoryFilterInput, DateInput, NullableBooleanInput, BooleanInput].map(input => input.preload()));

const MerchantSearchInput = (props: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return <SearchInput {...props} placeholder={translate('merchants.search_help')} sx={{ minWidth: 320 }} />;
};

export const PROVINCES = ['广东省', '浙江省', '江苏省', '上海市', '北京市', '福建省', '山东省', '河北省', '四川省', '湖北省'];

export const statusChoices = MERCHANT_STATUSES.map(s => ({ id: s, name: `merchants.status.${s}` }));

export const merchantFilters = [
    <MerchantSearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 200 }} />,
    <CategoryFilterInput key="categoryIds" source="categoryIds" />,
    <SelectInput key="province" source="province" choices={PROVINCES.map(p => ({ id: p, name: p }))} />,
    <DateInput key="registeredAt_gte" source="registeredAt_gte" />,
    <DateInput key="registeredAt_lte" source="registeredAt_lte" />,
    <SelectInput
        key="licenceExpiring"
        source="licenceExpiring"
        choices={[
            { id: '30d', name: 'merchants.licence_expiring.30d' },
            { id: 'expired', name: 'merchants.licence_expiring.expired' },
        ]}
    />,
    <NullableBooleanInput key="hasRelated" source="hasRelated" />,
    <BooleanInput key="reviewOverdue" source="reviewOverdue" />,
];
