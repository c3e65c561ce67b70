import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate } from '../common/format';

/** A calendar date ("YYYY-MM-DD", China date) shown with Intl, never shifted by the browser's time zone. */
export const IsoDateField = ({ source, empty }: { source: string; label?: string; sortable?: boolean; empty?: string }) => {
    const record = useRecordContext<Record<string, unknown>>();
    const [locale] = useLocaleState();
    const value = record?.[source];
    if (typeof value !== 'string' || !value) return <span>{empty ?? ''}</span>;
    return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(value, locale)}</span>;
};
