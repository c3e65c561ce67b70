// R-CMP-7: compensation unpaid after its due date is deducted from the merchant's deposit on
// ground R-DEP-3 (2). It is a ledger post, so only finance officers and the supervisor see it
// (RULES.md: customer service never posts ledger entries); above the threshold the ledger turns
// it into a four-eyes approval (R-DEP-13). Retries reuse one Idempotency-Key (R-DEP-12).
import { useMemo, useState } from 'react';
import { Button, Tooltip } from '@mui/material';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import { useMutation } from '@tanstack/react-query';
import { Confirm, useGetList, useGetOne, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { canRole, DEFAULT_SETTINGS, type Complaint, type DepositAccount, type Settings } from '../domain';
import { formatMinor } from '../common';
import { API_URL } from '../config';
import { httpClient } from '../providers/dataProvider';
import { toFailure } from './useComplaintAction';
import { useRole } from './useServerToday';

export const DeductFromDepositButton = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const role = useRole();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    // One key per opened confirmation: a double click or a retry posts once.
    const key = useMemo(() => `complaint-deduction-${record?.id}-${crypto.randomUUID()}`, [record?.id, open]); // eslint-disable-line react-hooks/exhaustive-deps
    const compensation = record?.decision?.compensation ?? null;
    const visible = !!record && canRole(role, 'ledger-entries', 'create') && record.status === 'decided' && !!record.compensationOverdue && !record.deductionApprovalId && !!compensation;
    const { data: accounts } = useGetList<DepositAccount>(
        'deposit-accounts',
        { filter: { merchantId: record?.merchantId, currency: compensation?.currency }, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' } },
        { enabled: visible },
    );
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' }, { enabled: visible });
    const account = accounts?.find(a => a.status === 'open');
    const post = useMutation({
        mutationFn: () =>
            httpClient(`${API_URL}/ledger-entries`, {
                method: 'POST',
                headers: new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': key }),
                body: JSON.stringify({
                    accountId: account!.id,
                    type: 'deduction',
                    amount: compensation!.amount,
                    ground: 'unpaid_compensation',
                    complaintId: record!.id,
                    note: `R-CMP-7: compensation of complaint ${record!.number} unpaid after ${record!.decision!.paymentDueDate}`,
                }),
            }),
        onSuccess: ({ status }) => {
            notify(status === 202 ? 'complaints.action.deduct_requested' : 'complaints.action.deduct_done', { type: status === 202 ? 'info' : 'success' });
            setOpen(false);
            refresh();
        },
        onError: error => notify(toFailure(error).message, { type: 'error' }),
    });
    if (!visible || !compensation) return null;
    const threshold = (settings ?? DEFAULT_SETTINGS).deductionApprovalThreshold[compensation.currency];
    const button = (
        <span>
            <Button variant="contained" color="warning" startIcon={<AccountBalanceWalletIcon />} onClick={() => setOpen(true)} disabled={!account}>
                {translate('complaints.action.deduct')}
            </Button>
        </span>
    );
    return (
        <>
            <Tooltip title={account ? translate('complaints.action.deduct_help') : translate('complaints.action.deduct_no_account', { currency: compensation.currency })}>{button}</Tooltip>
            {account && (
                <Confirm
                    isOpen={open}
                    loading={post.isPending}
                    title={translate('complaints.action.deduct_title')}
                    content={translate('complaints.action.deduct_content', {
                        amount: formatMinor(compensation.amount, compensation.currency, locale),
                        account: account.id,
                        balance: formatMinor(account.balance ?? 0, account.currency, locale),
                        number: record!.number,
                        threshold: formatMinor(threshold, compensation.currency, locale),
                    })}
                    confirm={translate('complaints.action.deduct')}
                    onConfirm={() => post.mutate()}
                    onClose={() => setOpen(false)}
                />
            )}
        </>
    );
};
