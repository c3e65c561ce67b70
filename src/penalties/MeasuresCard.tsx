import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { MEASURES, type Penalty } from '../domain';
import { measureText } from './MeasureChips';
import { SectionCard } from './SectionCard';

/** Each measure with what it blocks and for how long (R-PEN-1). */
export const MeasuresCard = () => {
    const record = useRecordContext<Penalty>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    if (!record) return null;
    const period = `${record.startsOn} → ${record.endsOn ?? translate('penalties.permanent')}`;
    return (
        <SectionCard title={translate('penalties.cards.measures')}>
            <Typography variant="body2" color="text.secondary" gutterBottom>
                {period} · {translate(record.inForce ? 'penalties.in_force' : 'penalties.not_in_force')}
                {record.status === 'proposed' && record.supervisorApprovalReason ? ` · ${translate('penalties.supervisor_needed', { reason: record.supervisorApprovalReason })}` : ''}
            </Typography>
            <Table size="small">
                <TableHead>
                    <TableRow>
                        <TableCell>{translate('resources.penalties.fields.measure')}</TableCell>
                        <TableCell>{translate('penalties.blocks')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {record.measures.map(m => (
                        <TableRow key={m.type}>
                            <TableCell>{measureText(m, translate, locale)}</TableCell>
                            <TableCell>{MEASURES[m.type].blocks[locale === 'zh' ? 'zh' : 'en']}</TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
        </SectionCard>
    );
};
