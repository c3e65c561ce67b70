// The audit log (R-PRV-2): read-only, newest first, filterable; exports everything that
// matches the filter. Entries are written by the server; there is nothing to create or edit.
import { Alert } from '@mui/material';
import { FilterButton, List, TopToolbar, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { RuleHint } from '../common/RuleChip';
import { ExportAllButton } from '../common/ExportAllButton';
import type { AuditEntry } from '../domain';
import { AuditDatagrid } from './AuditDatagrid';
import { auditLogFilters } from './AuditLogFilters';
import { auditCsvRow } from './exportRow';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';
import { listToolbar } from '../common/ToolbarListContext';

const Actions = () => (
    <TopToolbar>
        <FilterButton />
        <ExportAllButton<AuditEntry> toRow={auditCsvRow} filename="audit-log" />
    </TopToolbar>
);

export const AuditLogList = () => {
    const translate = useTranslate();
    return (
        <List
            {...listToolbar(auditLogFilters, <Actions />)}
            pagination={<ListPagination />}
            error={<ListLoadError />}
            sort={{ field: 'at', order: 'DESC' }}
            perPage={25}
            empty={<EmptyState description={translate('resources.audit-log.empty')} />}
        >
            <Alert severity="info" icon={false} sx={{ borderRadius: 0 }}>
                <RuleHint id="R-PRV-2" />
            </Alert>
            <AuditDatagrid />
        </List>
    );
};
export default AuditLogList;
