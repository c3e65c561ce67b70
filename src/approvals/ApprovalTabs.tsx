// Inbox tabs: "waiting for me" = pending and not requested by me (R-DEP-13).
import { Divider, Tab, Tabs } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

export const APPROVAL_TABS = [
    { id: 'waiting', filter: { waitingForMe: true } },
    { id: 'pending', filter: { status: 'pending' } },
    { id: 'mine', filter: { requestedByMe: true } },
    { id: 'payouts', filter: { kind: 'refund', status: 'approved' } },
    { id: 'decided', filter: { status: ['approved', 'rejected'] } },
] as const;

export const ApprovalTabs = () => {
    const { filterValues, setFilters, displayedFilters } = useListContext();
    const translate = useTranslate();
    const current =
        APPROVAL_TABS.find(t => Object.entries(t.filter).every(([k, v]) => JSON.stringify(filterValues[k]) === JSON.stringify(v)) && Object.keys(filterValues).filter(k => k !== 'q').length === Object.keys(t.filter).length)?.id ?? false;
    return (
        <>
            <Tabs
                value={current}
                variant="scrollable"
                onChange={(_, id) => {
                    const tab = APPROVAL_TABS.find(t => t.id === id)!;
                    setFilters({ ...tab.filter, ...(filterValues.q ? { q: filterValues.q } : {}) }, displayedFilters);
                }}
            >
                {APPROVAL_TABS.map(t => (
                    <Tab key={t.id} value={t.id} label={translate(`approvals.tabs.${t.id}`)} />
                ))}
            </Tabs>
            <Divider />
        </>
    );
};
