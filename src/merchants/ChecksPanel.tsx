// Issue 3 point 3: each automatic check with pass / fail / unknown, its rule ID and why.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpIcon from '@mui/icons-material/Help';
import { Alert, Chip, List, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { CheckResult, RelatedMerchant } from '../domain';

const ICON = {
    pass: <CheckCircleIcon color="success" />,
    fail: <CancelIcon color="error" />,
    unknown: <HelpIcon color="disabled" />,
};

const Details = ({ check }: { check: CheckResult }) => {
    const translate = useTranslate();
    if (check.id === 'licence_match') {
        const diffs = (check.details.differences ?? []) as Array<{ field: string; registration: unknown; licence: unknown }>;
        if (!diffs.length) return null;
        return (
            <Stack component="ul" sx={{ m: 0, pl: 2 }}>
                {diffs.map(d => (
                    <Typography component="li" variant="body2" key={d.field} data-testid={`differs-${d.field}`}>
                        <strong>{translate(`resources.merchants.fields.${d.field}`)}</strong> — {translate('merchants.checks.registration')}: {String(d.registration)} ·{' '}
                        {translate('merchants.checks.licence')}: {String(d.licence)}
                    </Typography>
                ))}
            </Stack>
        );
    }
    if (check.id === 'related_accounts') {
        const related = (check.details.related ?? []) as RelatedMerchant[];
        if (!related.length) return null;
        return (
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
                {related.map(r => (
                    <Chip
                        key={r.merchantId}
                        size="small"
                        clickable
                        component={Link}
                        to={`/merchants/${encodeURIComponent(r.merchantId)}/show`}
                        label={`${r.merchantId} ${r.name} · ${r.via.map(v => translate(`merchants.checks.related_via.${v}`)).join(', ')}`}
                    />
                ))}
            </Stack>
        );
    }
    return null;
};

export const ChecksPanel = ({ checks }: { checks: CheckResult[] }) => {
    const translate = useTranslate();
    return (
        <>
            <Alert severity="info" sx={{ mb: 1 }}>{translate('merchants.checks.help')}</Alert>
            <List dense aria-label={translate('merchants.checks.title')}>
                {checks.map(c => (
                    <ListItem key={c.id} divider data-testid={`check-${c.id}`} data-status={c.status} alignItems="flex-start">
                        <ListItemIcon sx={{ mt: 0.5 }}>{ICON[c.status]}</ListItemIcon>
                        <ListItemText
                            disableTypography
                            primary={
                                <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                                    <Typography fontWeight={600}>{translate(`merchants.checks.names.${c.id}`)}</Typography>
                                    <Chip size="small" label={c.ruleId} variant="outlined" />
                                    <Chip
                                        size="small"
                                        color={c.status === 'pass' ? 'success' : c.status === 'fail' ? 'error' : 'default'}
                                        label={translate(`merchants.checks.status.${c.status}`)}
                                    />
                                    {c.status === 'fail' && (
                                        <Chip size="small" variant="outlined" color={c.blocking ? 'error' : 'warning'} label={translate(c.blocking ? 'merchants.checks.blocking' : 'merchants.checks.advisory')} />
                                    )}
                                </Stack>
                            }
                            secondary={
                                <Stack spacing={0.5} sx={{ mt: 0.5 }}>
                                    <Typography variant="body2" color="text.secondary">{c.reason}</Typography>
                                    <Details check={c} />
                                </Stack>
                            }
                        />
                    </ListItem>
                ))}
            </List>
        </>
    );
};
