// A record's text value in a list cell: react-admin's <TextField> without the <Typography>,
// as one span with the theme's body2 class (issue 8: a list page has dozens of text cells,
// and each Typography re-serialised its styles on every render). Empty values show as "—".
import { useRecordContext } from 'react-admin';
import { readPath } from './format';

export const TextCell = ({ source }: { source: string; label?: string; sortable?: boolean; sortBy?: string }) => {
    const record = useRecordContext();
    const value = readPath(record, source);
    return <span className="tw-body2">{value === null || value === undefined || value === '' ? '—' : String(value)}</span>;
};
