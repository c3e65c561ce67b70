// A record's categories as code tags, for list rows. Categories are a short, rarely changed
// list: it is fetched once and shared by every row (issue 8), instead of a reference lookup per
// row and page as <ReferenceArrayField> does. Inside <CategoryCodesProvider> the rows read one
// id -> code index from context instead of each keeping a query observer of its own (a new page
// mounts 25 new rows).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGetList, useRecordContext } from 'react-admin';
import { Tag } from '../common/Tag';
import type { Category } from '../domain';

const ALL_CATEGORIES = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' as const } };

export const useCategoryIndex = () => {
    const { data } = useGetList<Category>('categories', ALL_CATEGORIES, { staleTime: 5 * 60_000 });
    return data;
};

/** id -> code, or null while the categories load. */
type CodeIndex = ReadonlyMap<string, string> | null;
const CategoryCodesContext = createContext<CodeIndex | undefined>(undefined);

const useCodeIndex = (): CodeIndex => {
    const categories = useCategoryIndex();
    return useMemo(() => (categories ? new Map(categories.map(c => [String(c.id), c.code])) : null), [categories]);
};

export const CategoryCodesProvider = ({ children }: { children: ReactNode }) => (
    <CategoryCodesContext.Provider value={useCodeIndex()}>{children}</CategoryCodesContext.Provider>
);

const Codes = ({ ids, index }: { ids: string[]; index: CodeIndex }) =>
    !index || ids.length === 0 ? null : (
        <span className="tw-tags">
            {ids.map(id => (
                <Tag key={id}>{index.get(id) ?? id}</Tag>
            ))}
        </span>
    );

const OwnQueryCodes = ({ ids }: { ids: string[] }) => <Codes ids={ids} index={useCodeIndex()} />;

export const CategoryCodesField = ({ source = 'categoryIds' }: { source?: string; label?: string; sortable?: boolean }) => {
    const record = useRecordContext();
    const shared = useContext(CategoryCodesContext);
    const ids: string[] = record?.[source] ?? [];
    return shared === undefined ? <OwnQueryCodes ids={ids} /> : <Codes ids={ids} index={shared} />;
};
