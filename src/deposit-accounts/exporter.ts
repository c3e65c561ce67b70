// CSV export of deposit accounts: amounts as exact decimal strings (never floats, R-DEP-14).
import { downloadCSV } from 'react-admin';
import { toMajorString, type DepositAccount } from '../domain';

const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const depositAccountsCsv = (accounts: DepositAccount[]): string => {
    const header = ['account', 'merchant_id', 'merchant', 'merchant_en', 'currency', 'status', 'balance', 'required', 'shortfall', 'owed', 'top_up_due', 'top_up_overdue', 'refund_pending'];
    const rows = accounts.map(a => [
        a.id,
        a.merchantId,
        a.merchantName,
        a.merchantNameEn,
        a.currency,
        a.status,
        toMajorString(a.balance ?? 0),
        toMajorString(a.required ?? 0),
        toMajorString(a.shortfall ?? 0),
        toMajorString(a.owed ?? 0),
        a.topUpDueDate ?? '',
        a.topUpOverdue ? 'yes' : 'no',
        a.refundPending ? 'yes' : 'no',
    ]);
    return [header, ...rows].map(r => r.map(cell).join(',')).join('\n');
};

export const depositAccountExporter = (accounts: DepositAccount[]) => downloadCSV(depositAccountsCsv(accounts), 'deposit-accounts');
