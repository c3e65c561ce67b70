import { useRecordContext, useTranslate } from 'react-admin';
import { Tag, type TagColor } from '../common/Tag';

const COLOUR: Record<string, TagColor> = { paid: 'success', guarantee: 'info', shortfall: 'error', none: 'default' };

export const DepositStatusChip = (_: { label?: string; sortable?: boolean; source?: string }) => {
    const record = useRecordContext<{ depositStatus?: string }>();
    const translate = useTranslate();
    if (!record?.depositStatus) return null;
    return (
        <Tag variant="outlined" color={COLOUR[record.depositStatus]}>
            {translate(`merchants.deposit_status.${record.depositStatus}`)}
        </Tag>
    );
};
