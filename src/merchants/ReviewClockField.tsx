// R-REG-12: the review clock in working days; overdue in red.
import { useRecordContext, useTranslate } from 'react-admin';
import type { Merchant } from '../domain';
import { useFormatters } from './format';

export const ReviewClockField = (_: { label?: string; sortable?: boolean; source?: string; sortBy?: string }) => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { date } = useFormatters();
    if (!record?.reviewDueDate) return <span className="tw-body2 tw-secondary">—</span>;
    const left = record.reviewDaysLeft ?? 0;
    const overdue = Boolean(record.reviewOverdue);
    const text = overdue
        ? translate('merchants.queue.overdue', { smart_count: Math.abs(left) })
        : left === 0
          ? translate('merchants.queue.due_today')
          : translate('merchants.queue.days_left', { smart_count: left });
    // Plain elements with the theme's cell classes (issue 8); overdue is red and bold.
    return (
        <span className="tw-lines">
            <span className="tw-body2">{date(record.reviewDueDate)}</span>
            <span className={`tw-caption ${overdue ? 'tw-error' : left <= 3 ? 'tw-warning' : 'tw-secondary'}`} data-testid="review-clock">
                {text}
            </span>
        </span>
    );
};
