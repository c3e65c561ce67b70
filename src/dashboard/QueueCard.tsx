// One work queue: its total, how many breach their SLA, and its oldest items, each linking to
// the filtered list or the record.
import { Card, CardActionArea, CardContent, Chip, List, ListItem, ListItemButton, ListItemText, Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatChinaDate } from '../common/format';
import { queueLink, type QueueDefinition } from './queues';

/** A China date ('YYYY-MM-DD', taken as its start in China) or an instant, as its China date. */
const formatDate = (value: unknown, locale: string) => {
    if (typeof value !== 'string' || !value) return '—';
    return formatChinaDate(value.length === 10 ? `${value}T00:00:00+08:00` : value, locale);
};

const itemLabel = (record: Record<string, unknown>, queue: QueueDefinition, translate: (key: string, options?: object) => string) => {
    const parts = queue.labelFields
        .filter(f => record[f] !== undefined && record[f] !== null && record[f] !== '')
        .map(f => (queue.labelCodes?.[f] ? translate(`${queue.labelCodes[f]}.${record[f]}`, { _: String(record[f]) }) : String(record[f])));
    return parts.length ? parts.join(' · ') : String(record.id);
};

export const QueueCard = ({ queue }: { queue: QueueDefinition }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const filter = queue.filter;
    const { data, total, isPending, error } = useGetList(queue.resource, { filter, sort: queue.sort, pagination: { page: 1, perPage: 5 } });
    const breaches = useGetList(
        queue.resource,
        { filter: { ...filter, ...queue.breachFilter }, sort: queue.sort, pagination: { page: 1, perPage: 1 } },
        { enabled: !!queue.breachFilter },
    );
    const title = translate(`dashboard.queues.${queue.id}`);
    const breachCount = queue.breachFilter ? breaches.total ?? 0 : 0;

    return (
        <Card variant="outlined" sx={{ height: '100%', borderColor: breachCount > 0 ? 'error.main' : undefined }} data-queue={queue.id}>
            <CardActionArea component={RouterLink} to={queueLink(queue, filter)}>
                <CardContent>
                    <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
                        <Typography variant="subtitle1" component="h2">
                            {title}
                        </Typography>
                        <Tooltip describeChild title={translate(`dashboard.rules.${queue.rule}`, { _: queue.rule })}>
                            <Chip size="small" label={queue.rule} variant="outlined" />
                        </Tooltip>
                    </Stack>
                    {isPending ? (
                        <Skeleton width={60} height={48} />
                    ) : error ? (
                        <Typography color="error">{translate('app.error', { message: (error as Error).message })}</Typography>
                    ) : (
                        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
                            <Typography variant="h3" component="p" data-testid={`queue-total-${queue.id}`}>
                                {total}
                            </Typography>
                            {breachCount > 0 && (
                                <Typography color="error" variant="body2" sx={{ fontWeight: 600 }} data-testid={`queue-breaches-${queue.id}`}>
                                    {translate('dashboard.breaches', { smart_count: breachCount })}
                                </Typography>
                            )}
                        </Stack>
                    )}
                </CardContent>
            </CardActionArea>
            {!isPending && data && data.length > 0 && (
                <List dense disablePadding aria-label={translate('dashboard.oldest', { title })}>
                    {data.map(record => (
                        <ListItem key={record.id} disablePadding>
                            <ListItemButton component={RouterLink} to={`/${queue.resource}/${encodeURIComponent(String(record.id))}/show`}>
                                <ListItemText primary={itemLabel(record, queue, translate)} secondary={formatDate(record[queue.dateField], locale)} />
                            </ListItemButton>
                        </ListItem>
                    ))}
                </List>
            )}
            {!isPending && !error && data?.length === 0 && (
                <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
                    {translate('dashboard.queue_empty')}
                </Typography>
            )}
        </Card>
    );
};
