// The readable before/after of an audit entry: one row per changed field, nested paths shown
// in full. Works inside a record context (<AuditDiff />) or with explicit values.
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMinor, readPath } from '../common/format';
import { isCurrency, type AuditEntry } from '../domain';
import { diffValues, showValue, type Change } from './diff';

const MONEY_KEY = /amount|balance|owed|deposit|required|threshold|damages|claimed/i;

/**
 * The currency of a changed leaf that holds money (R-DEP-14 minor units), so the diff shows
 * "CNY 12,345.67" rather than 1234567: a per-currency map ("standardDeposit.CNY") or an amount
 * beside a `currency` field.
 */
export const moneyCurrency = (change: Change, before: unknown, after: unknown): string | null => {
    const parts = change.path.split('.');
    const key = parts[parts.length - 1];
    if (isCurrency(key)) return key;
    const parentPath = parts.slice(0, -1).join('.');
    const parent = (parentPath ? readPath(after ?? before, parentPath) : (after ?? before)) as { currency?: unknown } | undefined;
    return MONEY_KEY.test(key) && parent && isCurrency(parent.currency) ? parent.currency : null;
};

const Value = ({ value, tone, currency }: { value: unknown; tone: 'before' | 'after'; currency: string | null }) => {
    const [locale] = useLocaleState();
    const minor = currency && typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
    return (
        <Box
            component="code"
            title={minor !== null ? `${minor} (minor units)` : undefined}
            sx={{
                display: 'inline-block',
                px: 0.75,
                borderRadius: 0.5,
                bgcolor: value === undefined ? 'transparent' : tone === 'before' ? 'rgba(211, 47, 47, 0.08)' : 'rgba(46, 125, 50, 0.1)',
                wordBreak: 'break-word',
                whiteSpace: 'pre-wrap',
                fontSize: '0.85em',
            }}
        >
            {minor !== null && currency ? formatMinor(minor, currency, locale) : showValue(value)}
        </Box>
    );
};

export const AuditDiff = ({ before, after }: { before?: unknown; after?: unknown }) => {
    const record = useRecordContext<AuditEntry>();
    const translate = useTranslate();
    const b = before !== undefined ? before : record?.before;
    const a = after !== undefined ? after : record?.after;
    const changes = diffValues(b, a);
    if (!changes.length)
        return (
            <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
                {translate('resources.audit-log.diff.no_changes')}
            </Typography>
        );
    return (
        <Table size="small" sx={{ tableLayout: 'fixed', '& th:first-of-type': { width: '30%' } }} aria-label={translate('resources.audit-log.diff.title')} data-testid="audit-diff">
            <TableHead>
                <TableRow>
                    <TableCell>{translate('resources.audit-log.diff.field')}</TableCell>
                    <TableCell>{translate('resources.audit-log.fields.before')}</TableCell>
                    <TableCell>{translate('resources.audit-log.fields.after')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {changes.map(change => (
                    <TableRow key={`${change.kind}:${change.path}`} data-kind={change.kind}>
                        <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', verticalAlign: 'top' }}>
                            {change.path || translate('resources.audit-log.diff.whole_value')}
                        </TableCell>
                        <TableCell sx={{ verticalAlign: 'top' }}>
                            <Value value={change.before} tone="before" currency={moneyCurrency(change, b, a)} />
                        </TableCell>
                        <TableCell sx={{ verticalAlign: 'top' }}>
                            <Value value={change.after} tone="after" currency={moneyCurrency(change, b, a)} />
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
