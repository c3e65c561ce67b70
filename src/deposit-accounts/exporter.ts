// CSV export of deposit accounts: amounts as exact decimal strings (never floats, R-DEP-14).
// Every matching account is exported (fetched in pages), not only the page on screen.
import { downloadCSV, type RaRecord } from 'react-admin';
import { toMajorString, type DepositAccount } from '../domain';
import { toCsv } from '../common/ExportAllButton';

export const depositAccountRow = (r: RaRecord): Record<string, unknown> => {
    const a = r as unknown as DepositAccount;
    return {
        account: a.id,
        merchant_id: a.merchantId,
        merchant: a.merchantName,
        merchant_en: a.merchantNameEn,
        currency: a.currency,
        status: a.status,
        balance: toMajorString(a.balance ?? 0),
        required: toMajorString(a.required ?? 0),
        shortfall: toMajorString(a.shortfall ?? 0),
        owed: toMajorString(a.owed ?? 0),
        top_up_due: a.topUpDueDate ?? '',
        top_up_overdue: a.topUpOverdue ? 'yes' : 'no',
        refund_pending: a.refundPending ? 'yes' : 'no',
    };
};

export const depositAccountsCsv = (accounts: DepositAccount[]): string => toCsv(accounts.map(a => depositAccountRow(a as unknown as RaRecord)));

export const depositAccountExporter = (accounts: DepositAccount[]) => downloadCSV(depositAccountsCsv(accounts), 'deposit-accounts');
