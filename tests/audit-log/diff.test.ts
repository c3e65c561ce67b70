// R-PRV-2: an audit entry's before/after is shown as the changed fields only, with nested paths.
import { describe, expect, it } from 'vitest';
import { diffValues, summarise } from '../../src/audit-log/diff';
import { auditCsvRow } from '../../src/audit-log/exportRow';
import { toCsv } from '../../src/common/ExportAllButton';

describe('audit diff', () => {
    it('R-PRV-2 lists only changed leaves with their nested paths', () => {
        const before = { id: 'platform', topUpDays: 15, standardDeposit: { CNY: 1_000_000, USD: 200_000 }, calendar: { '2026': { holidays: ['2026-01-01'] } } };
        const after = { id: 'platform', topUpDays: 21, standardDeposit: { CNY: 1_234_567, USD: 200_000 }, calendar: { '2026': { holidays: ['2026-01-01', '2026-01-02'] } } };
        expect(diffValues(before, after)).toEqual([
            { path: 'topUpDays', kind: 'changed', before: 15, after: 21 },
            { path: 'standardDeposit.CNY', kind: 'changed', before: 1_000_000, after: 1_234_567 },
            { path: 'calendar.2026.holidays.1', kind: 'added', before: undefined, after: '2026-01-02' },
        ]);
    });

    it('R-PRV-2 shows a created record as added fields and a deleted one as removed fields', () => {
        expect(diffValues(undefined, { a: 1, b: { c: 'x' } })).toEqual([
            { path: 'a', kind: 'added', before: undefined, after: 1 },
            { path: 'b.c', kind: 'added', before: undefined, after: 'x' },
        ]);
        expect(diffValues({ a: 1 }, null)).toEqual([{ path: 'a', kind: 'removed', before: 1, after: undefined }]);
    });

    it('finds nothing when nothing changed', () => {
        expect(diffValues({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
    });

    it('R-PRV-2 exports an entry as a CSV row with a readable summary, quoting commas and quotes', () => {
        const row = auditCsvRow({
            id: 'AUD-1', at: '2026-11-20T01:00:00.000Z', operatorId: 'op-supervisor', operatorName: '陈静', role: 'supervisor',
            action: 'update', resource: 'settings', recordId: 'platform', merchantId: null, reason: 'He said "raise it", so',
            before: { topUpDays: 15 }, after: { topUpDays: 21 },
        });
        expect(row.changes).toBe(summarise([{ path: 'topUpDays', kind: 'changed', before: 15, after: 21 }]));
        expect(row.changes).toBe('topUpDays: 15 → 21');
        const csv = toCsv([row]);
        const [header, line] = csv.split('\r\n');
        expect(header.split(',')).toEqual(['id', 'at', 'operatorId', 'operatorName', 'role', 'action', 'resource', 'recordId', 'merchantId', 'reason', 'changes', 'before', 'after']);
        expect(line).toContain('"He said ""raise it"", so"');
        expect(line).toContain('"{""topUpDays"":15}"');
    });
});
