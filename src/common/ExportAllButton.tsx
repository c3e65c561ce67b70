// CSV export of every record matching the list's filter and sort, not only the page: fetched in
// pages of 5,000 (the API's range limit is 10,000 rows), up to 50,000 rows. The rows are what the
// API returns, so contact data stays masked (R-PRV-1).
// <ExportAllButton toRow={record => ({ id: record.id, … })} filename="audit-log" />
import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, downloadCSV, useDataProvider, useListContext, useNotify, useResourceContext, useTranslate, type RaRecord } from 'react-admin';

const PAGE = 5_000;
/** The most rows one export fetches (the large seed has 20,000 merchants). */
export const MAX_EXPORT = 50_000;

/** Fetches page after page until the total, a short page or MAX_EXPORT is reached. */
export const fetchAllMatching = async (
    getList: (page: number) => Promise<{ data: RaRecord[]; total?: number }>,
    onProgress?: (done: number, total: number) => void,
): Promise<RaRecord[]> => {
    const rows: RaRecord[] = [];
    for (let page = 1; ; page++) {
        const { data, total = 0 } = await getList(page);
        rows.push(...data);
        onProgress?.(rows.length, total);
        if (data.length < PAGE || rows.length >= total || rows.length >= MAX_EXPORT) return rows;
    }
};

const cell = (value: unknown): string => {
    let text =
        value === null || value === undefined
            ? ''
            : typeof value === 'string'
              ? value
              : Array.isArray(value) && value.every(v => typeof v !== 'object' || v === null)
                ? value.join('; ')
                : typeof value === 'object'
                  ? JSON.stringify(value)
                  : String(value);
    // A spreadsheet must not run a cell as a formula.
    if (/^[=+\-@\t]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a header row from the first row's keys. */
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
            const rows = await fetchAllMatching(
                page => dataProvider.getList<T>(resource, { filter: filterValues, sort, pagination: { page, perPage: PAGE } }),
                (done, all) => notify(translate('app.export.progress', { done, total: all }), { type: 'info', autoHideDuration: 1500 }),
            );
            // The byte-order mark lets spreadsheet programs read Chinese text as UTF-8.
            downloadCSV(`\ufeff${toCsv(rows.map(r => toRow(r as T)))}`, filename ?? resource);
        } catch (e) {
            notify(translate('app.export.failed', { message: (e as Error).message }), { type: 'error' });
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
