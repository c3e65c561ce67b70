import { useRecordContext } from 'react-admin';
import { RecordAuditTrail } from '../../audit-log/RecordAuditTrail';

/** Everything recorded about this merchant (R-PRV-2), newest first, each row expanding to its diff. */
export const AuditTab = () => {
    const record = useRecordContext();
    if (!record) return null;
    return (
        <div data-testid="merchant-audit">
            <RecordAuditTrail merchantId={String(record.id)} />
        </div>
    );
};
