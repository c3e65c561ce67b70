import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CategoryApplication } from '../domain';
import { useFormatters } from '../merchants/format';

/** R-REG-12: due date and working days left (red when overdue). */
export const ApplicationClockField = (_: { label?: string; sortable?: boolean; sortBy?: string }) => {
    const record = useRecordContext<CategoryApplication & { overdue?: boolean }>();
    const translate = useTranslate();
    const { date } = useFormatters();
    if (!record) return null;
    const left = record.workingDaysLeft;
    return (
        <>
            <Typography variant="body2">{date(record.dueDate)}</Typography>
            {record.status === 'pending' && left !== undefined && (
                <Typography variant="caption" color={record.overdue ? 'error' : left <= 3 ? 'warning.main' : 'text.secondary'}>
                    {record.overdue
                        ? translate('merchants.queue.overdue', { smart_count: Math.abs(left) })
                        : left === 0
                          ? translate('merchants.queue.due_today')
                          : translate('merchants.queue.days_left', { smart_count: left })}
                </Typography>
            )}
        </>
    );
};
