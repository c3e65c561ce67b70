// R-REG-12: the review clock in working days; overdue in red.
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Merchant } from '../domain';
import { useFormatters } from './format';

export const ReviewClockField = (_: { label?: string; sortable?: boolean; source?: string; sortBy?: string }) => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { date } = useFormatters();
    if (!record?.reviewDueDate) return <Typography variant="body2" color="text.secondary">—</Typography>;
    const left = record.reviewDaysLeft ?? 0;
    const overdue = Boolean(record.reviewOverdue);
    const text = overdue
        ? translate('merchants.queue.overdue', { smart_count: Math.abs(left) })
        : left === 0
          ? translate('merchants.queue.due_today')
          : translate('merchants.queue.days_left', { smart_count: left });
    return (
        <Stack spacing={0}>
            <Typography variant="body2">{date(record.reviewDueDate)}</Typography>
            <Typography variant="caption" color={overdue ? 'error' : left <= 3 ? 'warning.main' : 'text.secondary'} fontWeight={overdue ? 700 : 400} data-testid="review-clock">
                {text}
            </Typography>
        </Stack>
    );
};
