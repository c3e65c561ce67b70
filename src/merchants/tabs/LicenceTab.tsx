// Licence fields beside the scan (image or PDF), printed copy received, expiry (R-REG-2, 7, 11).
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Chip, Grid, Link as MuiLink, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Button, useGetList, useGetMany, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { type FileRecord, type Merchant, type MerchantDocument, type Settings } from '../../domain';
import { API_URL } from '../../config';
import { fileUrl } from '../../providers/session';
import { useFormatters } from '../format';
import { useChecks } from '../useChecks';

const Preview = ({ file }: { file: FileRecord | undefined }) => {
    const translate = useTranslate();
    if (!file) return <Typography color="text.secondary">{translate('merchants.licence.no_preview')}</Typography>;
    const url = fileUrl(API_URL, file.id);
    return (
        <Stack spacing={1}>
            {file.contentType === 'application/pdf' ? (
                <Box component="iframe" src={url} title={file.name} sx={{ width: '100%', height: 420, border: 1, borderColor: 'divider' }} />
            ) : (
                <Box component="img" src={url} alt={file.name} sx={{ width: '100%', maxHeight: 420, objectFit: 'contain', border: 1, borderColor: 'divider', imageRendering: 'pixelated', bgcolor: 'grey.100' }} />
            )}
            <MuiLink href={url} target="_blank" rel="noopener">{translate('merchants.licence.open')}: {file.name}</MuiLink>
        </Stack>
    );
};

/** Days left come from the server's R-REG-11 check, so the mock clock (not the browser's) counts. */
const ExpiryChip = ({ expiresOn, merchantId }: { expiresOn: string | null; merchantId: string }) => {
    const translate = useTranslate();
    const { date } = useFormatters();
    const { data: settings } = useGetOne<Settings>('settings', { id: 'platform' });
    const { data: checks } = useChecks(merchantId);
    if (!expiresOn) return <Chip size="small" label={translate('merchants.licence.no_expiry')} />;
    const warn = settings?.licenceExpiryWarningDays ?? 30;
    const left = (checks?.find(c => c.id === 'licence_valid')?.details.daysLeft as number | undefined) ?? Number.POSITIVE_INFINITY;
    if (left < 0) return <Chip size="small" color="error" label={`${translate('merchants.licence.expired')} · ${date(expiresOn)}`} />;
    if (left <= warn) return <Chip size="small" color="warning" label={`${date(expiresOn)} · ${translate('merchants.licence.expiring', { days: warn })}`} />;
    return <Chip size="small" label={date(expiresOn)} />;
};

export const LicenceTab = () => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { date, money } = useFormatters();
    const { data: docs = [], isPending } = useGetList<MerchantDocument>('documents', {
        filter: { merchantId: record?.id },
        sort: { field: 'uploadedAt', order: 'DESC' },
        pagination: { page: 1, perPage: 50 },
    }, { enabled: !!record });
    const licence = docs.find(d => d.type === 'business_licence' && d.reviewStatus !== 'rejected') ?? docs.find(d => d.type === 'business_licence');
    const fileIds = docs.flatMap(d => d.fileIds);
    const { data: files = [] } = useGetMany<FileRecord>('files', { ids: fileIds }, { enabled: fileIds.length > 0 });
    if (!record || isPending) return null;
    if (!licence?.licence) return <Alert severity="error">{translate('merchants.licence.no_licence')}</Alert>;
    const l = licence.licence;
    const rows: Array<[string, React.ReactNode]> = [
        ['resources.merchants.fields.uscc', l.uscc],
        ['merchants.licence.registeredName', l.registeredName],
        ['resources.merchants.fields.businessType', translate(`merchants.business_type.${l.businessType}`)],
        ['resources.merchants.fields.legalRepresentative', l.legalRepresentative],
        ['resources.merchants.fields.registeredCapital', money(l.registeredCapital, 'CNY')],
        ['resources.merchants.fields.establishedOn', date(l.establishedOn)],
        ['merchants.licence.businessTermEnd', l.businessTermEnd ? date(l.businessTermEnd) : translate('merchants.licence.no_expiry')],
        ['merchants.licence.residence', l.residence],
        ['resources.merchants.fields.businessScope', l.businessScope],
        ['merchants.licence.issuingAuthority', l.issuingAuthority],
        ['merchants.licence.issued', date(licence.issuedOn)],
        ['merchants.licence.expires', <ExpiryChip key="e" expiresOn={licence.expiresOn} merchantId={record.id} />],
        ['merchants.licence.printed', <Chip key="p" size="small" color={licence.printedCopyReceived ? 'success' : 'warning'} label={translate(licence.printedCopyReceived ? 'app.yes' : 'app.no')} />],
        ['merchants.licence.review_status', translate(`merchants.licence.review.${licence.reviewStatus}`)],
    ];
    const others = docs.filter(d => d.id !== licence.id);
    return (
        <Grid container spacing={3} sx={{ py: 1 }}>
            <Grid size={{ xs: 12, md: 6 }}>
                <Stack direction="row" justifyContent="space-between" alignItems="center">
                    <Typography variant="subtitle1" fontWeight={600}>{translate('merchants.licence.fields')}</Typography>
                    <Button component={Link} to={`/documents/${encodeURIComponent(licence.id)}`} label="merchants.licence.edit"><EditIcon /></Button>
                </Stack>
                <Table size="small" data-testid="licence-fields">
                    <TableBody>
                        {rows.map(([label, value]) => (
                            <TableRow key={label}>
                                <TableCell component="th" sx={{ width: '40%', color: 'text.secondary' }}>{translate(label)}</TableCell>
                                <TableCell>{value}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
                {others.length > 0 && (
                    <>
                        <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 3 }}>{translate('merchants.licence.other_documents')}</Typography>
                        <Table size="small">
                            <TableBody>
                                {others.map(d => (
                                    <TableRow key={d.id}>
                                        <TableCell>{translate(`merchants.licence.type.${d.type}`)}</TableCell>
                                        <TableCell>{date(d.issuedOn)}</TableCell>
                                        <TableCell>{translate(`merchants.licence.review.${d.reviewStatus}`)}</TableCell>
                                        <TableCell>
                                            {d.fileIds.map(id => (
                                                <MuiLink key={id} href={fileUrl(API_URL, id)} target="_blank" rel="noopener" sx={{ mr: 1 }}>
                                                    {files.find(f => f.id === id)?.name ?? id}
                                                </MuiLink>
                                            ))}
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </>
                )}
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
                <Typography variant="subtitle1" fontWeight={600} gutterBottom>{translate('merchants.licence.preview')}</Typography>
                <Preview file={files.find(f => f.id === licence.fileIds[0])} />
            </Grid>
        </Grid>
    );
};
