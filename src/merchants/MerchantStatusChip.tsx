import { useRecordContext, useTranslate } from 'react-admin';
import { Tag, type TagColor } from '../common/Tag';
import type { MerchantStatus } from '../domain';

const COLOUR: Record<MerchantStatus, TagColor> = {
    pending_review: 'warning',
    info_requested: 'info',
    rejected: 'error',
    active: 'success',
    restricted: 'warning',
    suspended: 'error',
    in_clearance: 'secondary',
    closed: 'default',
};

export const MerchantStatusChip = ({ status }: { status?: MerchantStatus; label?: string; sortable?: boolean; source?: string }) => {
    const record = useRecordContext<{ status: MerchantStatus }>();
    const translate = useTranslate();
    const value = status ?? record?.status;
    if (!value) return null;
    return <Tag color={COLOUR[value]}>{translate(`merchants.status.${value}`)}</Tag>;
};
