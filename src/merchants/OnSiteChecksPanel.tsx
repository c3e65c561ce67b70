// R-REG-5: on-site checks of this merchant, scheduling one and recording its result.
import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as MuiLink } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canRole, type Merchant } from '../domain';
import { API_URL } from '../config';
import { fileUrl } from '../providers/session';
import { useFormatters } from './format';
import { RecordOnSiteResultButton } from './RecordOnSiteResultButton';
import { ScheduleOnSiteCheckButton } from './ScheduleOnSiteCheckButton';

const COLOUR = { scheduled: 'info', passed: 'success', failed: 'error', cancelled: 'default' } as const;

export const OnSiteChecksPanel = () => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const { date, dateTime } = useFormatters();
    if (!record) return null;
    const may = canRole(permissions, 'merchants', 'on-site-check');
    return (
        <Stack spacing={1} sx={{ mt: 3 }}>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
                <Typography variant="subtitle1" fontWeight={600}>{translate('merchants.on_site.title')}</Typography>
                {may && !record.onSiteChecks.some(c => c.status === 'scheduled') && <ScheduleOnSiteCheckButton />}
            </Stack>
            <Typography variant="body2" color="text.secondary">{translate('merchants.on_site.failed_blocks')}</Typography>
            {record.onSiteChecks.length === 0 ? (
                <Alert severity="info">{translate('merchants.on_site.empty')}</Alert>
            ) : (
                <Table size="small" data-testid="on-site-checks">
                    <TableHead>
                        <TableRow>
                            <TableCell>{translate('merchants.on_site.scheduledFor')}</TableCell>
                            <TableCell>{translate('merchants.on_site.note')}</TableCell>
                            <TableCell>{translate('merchants.on_site.outcome')}</TableCell>
                            <TableCell>{translate('merchants.on_site.result')}</TableCell>
                            <TableCell>{translate('merchants.on_site.attachments')}</TableCell>
                            <TableCell />
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {record.onSiteChecks.map(c => (
                            <TableRow key={c.id}>
                                <TableCell>{date(c.scheduledFor)}</TableCell>
                                <TableCell>{c.note}</TableCell>
                                <TableCell><Chip size="small" color={COLOUR[c.status]} label={translate(`merchants.on_site.status.${c.status}`)} /></TableCell>
                                <TableCell>{c.result}{c.recordedAt && <Typography variant="caption" display="block" color="text.secondary">{dateTime(c.recordedAt)}</Typography>}</TableCell>
                                <TableCell>
                                    {c.fileIds.map((id, i) => (
                                        <MuiLink key={id} href={fileUrl(API_URL, id)} target="_blank" rel="noopener" sx={{ mr: 1 }}>#{i + 1}</MuiLink>
                                    ))}
                                </TableCell>
                                <TableCell>{may && c.status === 'scheduled' && <RecordOnSiteResultButton checkId={c.id} />}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            )}
        </Stack>
    );
};
