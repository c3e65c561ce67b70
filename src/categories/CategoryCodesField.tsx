// A record's categories as code chips, for list rows. Categories are a short, rarely changed
// list: it is fetched once and shared by every row (issue 8), instead of a reference lookup per
// row and page as <ReferenceArrayField> does.
import { useGetList, useRecordContext } from 'react-admin';
import { Tag } from '../common/Tag';
import type { Category } from '../domain';

const ALL_CATEGORIES = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' as const } };

export const useCategoryIndex = () => {
    const { data } = useGetList<Category>('categories', ALL_CATEGORIES, { staleTime: 5 * 60_000 });
    return data;
};

export const CategoryCodesField = ({ source = 'categoryIds' }: { source?: string; label?: string; sortable?: boolean }) => {
    const record = useRecordContext();
    const categories = useCategoryIndex();
    const ids: string[] = record?.[source] ?? [];
    if (!categories || ids.length === 0) return null;
    return (
        <span className="tw-tags">
            {ids.map(id => (
                <Tag key={id}>{categories.find(c => c.id === id)?.code ?? id}</Tag>
            ))}
        </span>
    );
};
