// Issue 3 point 3: the merchant page in tabs. A capability adds its tab with one line here.
import { Show, TabbedShowLayout, useRecordContext } from 'react-admin';
import { MerchantDepositTab } from '../deposit-accounts/MerchantDepositTab';
import type { Merchant } from '../domain';
import { MerchantShowActions } from './MerchantShowActions';
import { MerchantSummary } from './MerchantSummary';
import { AuditTab } from './tabs/AuditTab';
import { CategoriesTab } from './tabs/CategoriesTab';
import { ChangeReportsTab } from './tabs/ChangeReportsTab';
import { ChecksTab } from './tabs/ChecksTab';
import { DecisionsTab } from './tabs/DecisionsTab';
import { LicenceTab } from './tabs/LicenceTab';
import { NoticesTab } from './tabs/NoticesTab';
import { ProfileTab } from './tabs/ProfileTab';

const MerchantTitle = () => {
    const record = useRecordContext<Merchant>();
    return <>{record ? `${record.nameZh} · ${record.nameEn}` : ''}</>;
};

export const MerchantShow = () => (
    <Show actions={<MerchantShowActions />} title={<MerchantTitle />}>
        <MerchantSummary />
        <TabbedShowLayout>
            <TabbedShowLayout.Tab label="merchants.tabs.profile">
                <ProfileTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.licence" path="licence">
                <LicenceTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.checks" path="checks">
                <ChecksTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.categories" path="categories">
                <CategoriesTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.change_reports" path="change-reports">
                <ChangeReportsTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="deposits.tab.title" path="deposit">
                <MerchantDepositTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.decisions" path="decisions">
                <DecisionsTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.notices" path="notices">
                <NoticesTab />
            </TabbedShowLayout.Tab>
            <TabbedShowLayout.Tab label="merchants.tabs.audit" path="audit">
                <AuditTab />
            </TabbedShowLayout.Tab>
        </TabbedShowLayout>
    </Show>
);

export default MerchantShow;
