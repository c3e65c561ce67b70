// Dashboard charts (recharts), in their own chunk: loaded only when the dashboard is shown.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { toMajorString } from '../domain';
import { intlLocale } from '../common/format';
import type { TradewardDataProvider } from '../providers/dataProvider';

interface DashboardStats {
    registrationsPerWeek: Array<{ weekStart: string; count: number }>;
    complaintsByType: Array<{ type: string; open: number; upheld: number; partly_upheld: number; rejected: number; declined: number }>;
    depositsHeld: Array<{ currency: 'CNY' | 'USD'; amount: number }>;
    deductionsPerMonth: Array<{ month: string; CNY: number; USD: number }>;
}

const major = (minor: number) => Number(toMajorString(minor));

const ChartCard = ({ title, children, height = 260 }: { title: string; children: React.ReactElement; height?: number }) => (
    <Card variant="outlined">
        <CardContent>
            <Typography variant="subtitle1" component="h2" gutterBottom>
                {title}
            </Typography>
            <div style={{ width: '100%', height }}>
                <ResponsiveContainer>{children}</ResponsiveContainer>
            </div>
        </CardContent>
    </Card>
);

export const Charts = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const dataProvider = useDataProvider<TradewardDataProvider>();
    const { data, isPending, error } = useQuery({
        queryKey: ['dashboard-stats'],
        queryFn: () => dataProvider.fetchPath<DashboardStats>('/stats/dashboard').then(r => r.data),
    });
    if (isPending) return <Skeleton variant="rectangular" height={300} />;
    if (error || !data) return <Typography color="error">{translate('app.error', { message: String((error as Error)?.message) })}</Typography>;
    const number = new Intl.NumberFormat(intlLocale(locale));
    // Axis ticks in short form (1000万, 10M) so large sums fit the axis; tooltips give the full amount.
    const compact = new Intl.NumberFormat(intlLocale(locale), { notation: 'compact', maximumFractionDigits: 1 });
    const money = (currency: string) => (v: number) => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, maximumFractionDigits: 0 }).format(v);
    const complaints = data.complaintsByType.map(row => ({ ...row, label: translate(`dashboard.complaint_types.${row.type}`, { _: row.type }) }));
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
                <ChartCard title={translate('dashboard.charts.registrations')}>
                    <BarChart data={data.registrationsPerWeek}>
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="weekStart" tick={{ fontSize: 11 }} />
                        <YAxis allowDecimals={false} tickFormatter={v => number.format(v)} />
                        <Tooltip formatter={v => number.format(Number(v))} />
                        <Bar dataKey="count" name={translate('dashboard.charts.registrations_count')} fill="#1565c0" />
                    </BarChart>
                </ChartCard>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
                <ChartCard title={translate('dashboard.charts.complaints')} height={420}>
                    <BarChart data={complaints} layout="vertical" margin={{ left: 40 }}>
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis type="number" allowDecimals={false} />
                        <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 11 }} />
                        <Tooltip />
                        <Legend />
                        {(['open', 'upheld', 'partly_upheld', 'rejected', 'declined'] as const).map((key, i) => (
                            <Bar key={key} dataKey={key} stackId="o" name={translate(`dashboard.outcomes.${key}`)} fill={['#9e9e9e', '#c62828', '#ef6c00', '#2e7d32', '#5e35b1'][i]} />
                        ))}
                    </BarChart>
                </ChartCard>
            </Grid>
            {data.depositsHeld.map(held => (
                <Grid key={held.currency} size={{ xs: 12, md: 3 }}>
                    <Card variant="outlined">
                        <CardContent>
                            <Typography variant="subtitle1" component="h2">
                                {translate('dashboard.charts.deposits_held', { currency: held.currency })}
                            </Typography>
                            <Typography variant="h5" component="p">
                                {money(held.currency)(major(held.amount))}
                            </Typography>
                        </CardContent>
                    </Card>
                </Grid>
            ))}
            <Grid size={{ xs: 12, md: 6 }}>
                <ChartCard title={translate('dashboard.charts.deductions')}>
                    <BarChart data={data.deductionsPerMonth.map(m => ({ month: m.month, CNY: major(m.CNY), USD: major(m.USD) }))}>
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="month" />
                        <YAxis width={64} tickFormatter={v => compact.format(v)} />
                        <Tooltip formatter={v => number.format(Number(v))} />
                        <Legend />
                        <Bar dataKey="CNY" fill="#c62828" />
                        <Bar dataKey="USD" fill="#1565c0" />
                    </BarChart>
                </ChartCard>
            </Grid>
        </Grid>
    );
};

export default Charts;
