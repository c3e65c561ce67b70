import { useRecordContext } from 'react-admin';
import type { Merchant } from '../domain';

/** The Chinese name over the English one. Plain elements with the theme's cell classes (issue 8). */
export const MerchantNameField = (_: { label?: string; sortable?: boolean; source?: string; sortBy?: string }) => {
    const record = useRecordContext<Merchant>();
    if (!record) return null;
    return (
        <span className="tw-lines">
            <span className="tw-body2 tw-strong">{record.nameZh}</span>
            <span className="tw-caption tw-secondary">{record.nameEn}</span>
        </span>
    );
};
