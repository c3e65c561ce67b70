// The readable before/after of an audit entry: one row per changed field, nested paths shown
// in full. Works inside a record context (<AuditDiff />) or with explicit values.
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../domain';
import { diffValues, showValue } from './diff';

const Value = ({ value, tone }: { value: unknown; tone: 'before' | 'after' }) => (
    <Box
        component="code"
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
        {showValue(value)}
    </Box>
);

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
        <Table size="small" aria-label={translate('resources.audit-log.diff.title')} data-testid="audit-diff">
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
                            <Value value={change.before} tone="before" />
                        </TableCell>
                        <TableCell sx={{ verticalAlign: 'top' }}>
                            <Value value={change.after} tone="after" />
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
