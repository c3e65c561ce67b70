// The decision and what follows it: compensation, due date, payment or deposit deduction
// (R-CMP-7), malicious mark (R-CMP-9).
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../domain';
import { formatDate, formatDateTime, formatMinor } from '../common';

export const DecisionCard = () => {
    const record = useRecordContext<Complaint>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    const d = record.decision;
    return (
        <Card variant="outlined">
            <CardContent>
                <Typography variant="h6" gutterBottom>
                    {translate('complaints.show.decision')}
                </Typography>
                {!d ? (
                    <Typography variant="body2" color="text.secondary">
                        {translate('complaints.show.no_decision')}
                    </Typography>
                ) : (
                    <Stack spacing={0.5}>
                        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                            {translate(`complaints.outcome.${d.outcome}`)}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                            {translate('complaints.show.decided_by', { date: formatDateTime(d.decidedAt, locale) })}
                        </Typography>
                        <Typography variant="body2">
                            {translate('complaints.show.reason')}: {d.reason}
                        </Typography>
                        {d.compensation && (
                            <Typography variant="body2">
                                {translate('complaints.show.compensation')}: <strong>{formatMinor(d.compensation.amount, d.compensation.currency, locale)}</strong>
                                {d.paymentDueDate && ` · ${translate('complaints.show.payment_due')}: ${formatDate(d.paymentDueDate, locale)}`}
                            </Typography>
                        )}
                        {record.compensationPaidAt && <Typography variant="body2" color="success.main">{translate('complaints.show.paid', { date: formatDateTime(record.compensationPaidAt, locale) })}</Typography>}
                        {record.deductionEntryId && <Typography variant="body2">{translate('complaints.show.deduction_entry', { id: record.deductionEntryId })}</Typography>}
                        {record.deductionApprovalId && !record.deductionEntryId && <Typography variant="body2">{translate('complaints.show.deduction_approval', { id: record.deductionApprovalId })}</Typography>}
                    </Stack>
                )}
                {record.malicious && (
                    <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
                        {translate('complaints.show.malicious_note', { note: record.maliciousNote })}
                    </Typography>
                )}
            </CardContent>
        </Card>
    );
};
