// CSV export of every record matching the list's filter, not only the page: fetched in pages of
// 5,000 (the API's range limit is 10,000 rows). The rows are what the API returns, so contact
// data stays masked (R-PRV-1).
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, downloadCSV, useDataProvider, useListContext, useNotify, useTranslate, type RaRecord } from 'react-admin';

const PAGE = 5_000;
/** Up to 50,000 rows (the large seed has 20,000 merchants). */
export const MAX_EXPORT = 50_000;

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

const cell = (v: unknown): string => {
    let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
    // A spreadsheet must not run a cell as a formula.
    if (/^[=+\-@\t]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a header row from the first row's keys. */
export const toCsv = (rows: Record<string, unknown>[]): string => {
    if (!rows.length) return '';
    const headers = Object.keys(rows[0]);
    return [headers.join(','), ...rows.map(r => headers.map(h => cell(r[h])).join(','))].join('\r\n');
};

export const ExportAllButton = ({ toRow, filename }: { toRow: (r: RaRecord) => Record<string, unknown>; filename: string }) => {
    const { resource, filterValues, sort, total } = useListContext();
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const translate = useTranslate();
    const [busy, setBusy] = useState(false);
    const run = async () => {
        setBusy(true);
        try {
            const rows = await fetchAllMatching(
                page => dataProvider.getList(resource, { filter: filterValues, sort, pagination: { page, perPage: PAGE } }),
                (done, all) => notify(translate('merchants.export.progress', { done, total: all }), { type: 'info', autoHideDuration: 1500 }),
            );
            downloadCSV(toCsv(rows.map(toRow)), filename);
        } catch (e) {
            notify(translate('merchants.export.failed', { message: (e as Error).message }), { type: 'error' });
        } finally {
            setBusy(false);
        }
    };
    return <Button label="merchants.export.button" onClick={run} disabled={busy || total === 0}><DownloadIcon /></Button>;
};
