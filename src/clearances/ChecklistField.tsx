import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../domain';
import type { ClearanceRecord } from './types';

const useDetail = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    return (record: ClearanceRecord, item: ClearanceRecord['items'][number]) =>
        item.done ? '' : item.key === 'damages' ? translate('clearances.owed', { amount: formatMoney({ amount: item.open, currency: record.currency }, locale) }) : translate('clearances.open', { count: item.open });
};

/** The R-PEN-9 checklist: compact icons in lists, a full list on the page. */
export const ChecklistField = ({ full }: { full?: boolean; label?: string }) => {
    const record = useRecordContext<ClearanceRecord>();
    const translate = useTranslate();
    const detail = useDetail();
    if (!record) return null;
    if (!full)
        return (
            <Stack direction="row" gap={0.5}>
                {record.items.map(i => (
                    <Tooltip key={i.key} title={`${translate(`clearances.item.${i.key}`)} ${detail(record, i)}`}>
                        {i.done ? <CheckCircleIcon color="success" fontSize="small" aria-label={translate(`clearances.item.${i.key}`)} /> : <RadioButtonUncheckedIcon color="warning" fontSize="small" aria-label={`${translate(`clearances.item.${i.key}`)} ${detail(record, i)}`} />}
                    </Tooltip>
                ))}
            </Stack>
        );
    return (
        <List dense>
            {record.items.map(i => (
                <ListItem key={i.key} data-testid={`clearance-${i.key}`}>
                    <ListItemIcon>{i.done ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon color="warning" />}</ListItemIcon>
                    <ListItemText primary={translate(`clearances.item.${i.key}`)} secondary={detail(record, i)} />
                </ListItem>
            ))}
        </List>
    );
};
