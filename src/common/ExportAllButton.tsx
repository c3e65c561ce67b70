// Exports every record matching the list's current filter and sort as CSV, fetching pages of
// 5,000 until the total is reached (react-admin's ExportButton stops at maxResults).
// <ExportAllButton toRow={record => ({ id: record.id, … })} filename="audit-log" />
import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, downloadCSV, useDataProvider, useListContext, useNotify, useResourceContext, useTranslate, type RaRecord } from 'react-admin';

const PAGE = 5_000;

const cell = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows (objects with the same keys) → CSV text with a header line. */
export const toCsv = (rows: Array<Record<string, unknown>>): string => {
    if (!rows.length) return '';
    const headers = Object.keys(rows[0]);
    return [headers.join(','), ...rows.map(row => headers.map(h => cell(row[h])).join(','))].join('\r\n');
};

export interface ExportAllButtonProps<T extends RaRecord> {
    toRow: (record: T) => Record<string, unknown>;
    filename?: string;
}

export const ExportAllButton = <T extends RaRecord>({ toRow, filename }: ExportAllButtonProps<T>) => {
    const { filterValues, sort, total } = useListContext<T>();
    const resource = useResourceContext() ?? 'export';
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const translate = useTranslate();
    const [busy, setBusy] = useState(false);
    const run = async () => {
        setBusy(true);
        try {
            const rows: Array<Record<string, unknown>> = [];
            for (let page = 1; ; page++) {
                const { data, total: all } = await dataProvider.getList<T>(resource, { filter: filterValues, sort, pagination: { page, perPage: PAGE } });
                rows.push(...data.map(toRow));
                if (data.length < PAGE || rows.length >= (all ?? 0)) break;
            }
            // The byte-order mark lets spreadsheet programs read Chinese text as UTF-8.
            downloadCSV(`\ufeff${toCsv(rows)}`, filename ?? resource);
        } catch (e) {
            notify((e as Error).message || 'ra.notification.http_error', { type: 'error' });
        } finally {
            setBusy(false);
        }
    };
    return (
        <Button label={translate('ra.action.export')} onClick={run} disabled={busy || total === 0}>
            <DownloadIcon />
        </Button>
    );
};
