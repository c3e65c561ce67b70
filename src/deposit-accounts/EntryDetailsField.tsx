// The "why" of a ledger line: ground (R-DEP-3), links, reversal links and owed parts (R-DEP-12).
import { Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import type { LedgerEntry } from '../domain';
import { useFormatMoney } from './money';

export const EntryDetailsField = ({ reversedBy }: { label?: string; reversedBy?: Map<string, string> }) => {
    const e = useRecordContext<LedgerEntry>();
    const translate = useTranslate();
    const format = useFormatMoney();
    if (!e) return null;
    const reversal = reversedBy?.get(String(e.id));
    return (
        <Stack spacing={0.25}>
            <Typography variant="body2">{e.note}</Typography>
            {e.ground && (
                <Typography variant="caption" color="text.secondary">
                    {translate(`ledger.grounds.${e.ground}`)}
                </Typography>
            )}
            {e.reversesEntryId && (
                <Typography variant="caption" color="warning.main">
                    {translate('ledger.reverses', { id: e.reversesEntryId })}
                </Typography>
            )}
            {reversal && (
                <Typography variant="caption" color="warning.main">
                    {translate('ledger.reversed_by', { id: reversal })}
                </Typography>
            )}
            {e.owedAmount > 0 && (
                <Typography variant="caption" color="error.main">
                    {translate('ledger.owed_part', { amount: format(e.owedAmount, e.currency) })}
                </Typography>
            )}
            {e.owedSettled > 0 && (
                <Typography variant="caption" color="text.secondary">
                    {translate('ledger.settled_part', { amount: format(e.owedSettled, e.currency) })}
                </Typography>
            )}
            {(e.complaintId || e.penaltyId || e.approvalId) && (
                <Typography variant="caption" color="text.secondary">
                    {e.complaintId && <Link to={`/complaints/${e.complaintId}/show`}>{e.complaintId} </Link>}
                    {e.penaltyId && <Link to={`/penalties/${e.penaltyId}/show`}>{e.penaltyId} </Link>}
                    {e.approvalId && <span>{e.approvalId}</span>}
                </Typography>
            )}
        </Stack>
    );
};
