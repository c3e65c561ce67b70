// The light list cells of issue 8 (one span with the theme's classes instead of a Typography or
// a Chip per cell) must show what the heavier components showed.
import { render, screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { Tag } from '../../src/common/Tag';
import { TextCell } from '../../src/common/TextCell';
import { DepositStatusChip } from '../../src/merchants/DepositStatusChip';
import { MerchantNameField } from '../../src/merchants/MerchantNameField';
import { MerchantStatusChip } from '../../src/merchants/MerchantStatusChip';
import { ReviewClockField } from '../../src/merchants/ReviewClockField';
import { Harness } from './harness';

const inRecord = (record: Record<string, unknown>, node: React.ReactNode) =>
    render(
        <Harness>
            <RecordContextProvider value={{ id: 'm-1', ...record }}>{node}</RecordContextProvider>
        </Harness>,
    );

describe('light list cells', () => {
    it('Tag carries its variant and colour as classes the theme draws', () => {
        render(<Tag color="error" variant="outlined">Shortfall</Tag>);
        expect(screen.getByText('Shortfall')).toHaveClass('tw-tag', 'tw-tag-outlined', 'tw-tag-error');
        render(<Tag>BEAU</Tag>);
        expect(screen.getByText('BEAU')).toHaveClass('tw-tag', 'tw-tag-filled', 'tw-tag-default');
    });

    it('TextCell shows the value, a nested one too, and "—" when empty', () => {
        inRecord({ uscc: '91130100LDWQA49FTJ', empty: '', nested: { city: '宜昌市' } }, <>
            <TextCell source="uscc" />
            <span data-testid="empty"><TextCell source="empty" /></span>
            <span data-testid="missing"><TextCell source="nothing" /></span>
            <TextCell source="nested.city" />
        </>);
        expect(screen.getByText('91130100LDWQA49FTJ')).toHaveClass('tw-body2');
        expect(screen.getByTestId('empty')).toHaveTextContent('—');
        expect(screen.getByTestId('missing')).toHaveTextContent('—');
        expect(screen.getByText('宜昌市')).toBeInTheDocument();
    });

    it('the merchant status and deposit status show their translated labels in their colours', async () => {
        inRecord({ status: 'suspended', depositStatus: 'shortfall' }, <>
            <MerchantStatusChip source="status" />
            <DepositStatusChip source="depositStatus" />
        </>);
        expect(await screen.findByText('Suspended')).toHaveClass('tw-tag-filled', 'tw-tag-error');
        expect(screen.getByText('Shortfall')).toHaveClass('tw-tag-outlined', 'tw-tag-error');
    });

    it('the merchant name shows the Chinese name over the English one', () => {
        inRecord({ nameZh: '宜昌新启日用化工有限公司', nameEn: 'Xinqi Daily Chemicals Co., Ltd.' }, <MerchantNameField />);
        expect(screen.getByText('宜昌新启日用化工有限公司')).toHaveClass('tw-strong');
        expect(screen.getByText('Xinqi Daily Chemicals Co., Ltd.')).toHaveClass('tw-caption', 'tw-secondary');
    });

    it('R-REG-12: the review clock is red when overdue, amber within three working days', async () => {
        const { unmount } = inRecord({ reviewDueDate: '2026-11-18', reviewDaysLeft: -2, reviewOverdue: true }, <ReviewClockField />);
        expect(await screen.findByTestId('review-clock')).toHaveClass('tw-error');
        unmount();
        const second = inRecord({ reviewDueDate: '2026-11-23', reviewDaysLeft: 2, reviewOverdue: false }, <ReviewClockField />);
        expect(await screen.findByTestId('review-clock')).toHaveClass('tw-warning');
        second.unmount();
        inRecord({ reviewDueDate: '2026-12-03', reviewDaysLeft: 9, reviewOverdue: false }, <ReviewClockField />);
        expect(await screen.findByTestId('review-clock')).toHaveClass('tw-secondary');
    });
});
