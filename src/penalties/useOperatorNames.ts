import { useGetList, useLocaleState } from 'react-admin';
import type { Operator } from '../domain';

/** id -> display name of the console's operators, in the current language. */
export const useOperatorNames = () => {
    const [locale] = useLocaleState();
    const { data } = useGetList<Operator>('operators', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
    return (id: string | null | undefined) => {
        if (!id) return '—';
        const op = data?.find(o => o.id === id);
        return op ? (locale === 'zh' ? op.name : op.nameEn) : id;
    };
};
