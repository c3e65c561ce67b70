// The audit trail of one record or one merchant, to embed in another page's show view:
//   <RecordAuditTrail resource="merchants" recordId={record.id} />
//   <RecordAuditTrail merchantId={record.id} />   (every entry about that merchant)
// Newest first, ten per page, rows expand to their before/after diff.
import { List, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { AuditDatagrid } from './AuditDatagrid';
import { ListLoadError } from '../common/ListLoadError';
import { ListPagination } from '../common/ListPagination';

export interface RecordAuditTrailProps {
    resource?: string;
    recordId?: string;
    merchantId?: string;
}

export const RecordAuditTrail = ({ resource, recordId, merchantId }: RecordAuditTrailProps) => {
    const translate = useTranslate();
    const filter: Record<string, string> = {};
    if (resource) filter.resource = resource;
    if (recordId) filter.recordId = recordId;
    if (merchantId) filter.merchantId = merchantId;
    return (
        <List
            pagination={<ListPagination />}
            error={<ListLoadError perPage={10} />}
            resource="audit-log"
            filter={filter}
            sort={{ field: 'at', order: 'DESC' }}
            perPage={10}
            disableSyncWithLocation
            storeKey={false}
            title={false}
            actions={false}
            empty={<EmptyState title={translate('resources.audit-log.trail_empty')} />}
            sx={{ '& .RaList-main': { mt: 0 } }}
        >
            <AuditDatagrid compact />
        </List>
    );
};
