// Per-resource messages, merged into both locales. Each resource folder has an i18n.ts
// exporting { en, zh } of the shape { resources: { <name>: {...} } } plus any extra keys.
import { approvalMessages } from '../approvals/i18n';
import { auditLogMessages } from '../audit-log/i18n';
import { categoryMessages } from '../categories/i18n';
import { categoryApplicationMessages } from '../category-applications/i18n';
import { changeReportMessages } from '../change-reports/i18n';
import { clearancesMessages } from '../clearances/i18n';
import { complaintMessages } from '../complaints/i18n';
import { dashboardMessages } from '../dashboard/i18n';
import { depositAccountMessages } from '../deposit-accounts/i18n';
import { documentMessages } from '../documents/i18n';
import { evidenceMessages } from '../evidence/i18n';
import { fileMessages } from '../files/i18n';
import { ledgerEntryMessages } from '../ledger-entries/i18n';
import { merchantMessages } from '../merchants/i18n';
import { noticeMessages } from '../notices/i18n';
import { penaltiesMessages } from '../penalties/i18n';
import { suggestionsMessages } from '../penalty-suggestions/i18n';
import { searchMessages } from '../search/i18n';
import { settingsMessages } from '../settings/i18n';
import { shortfallMessages } from '../shortfalls/i18n';
import { ruleMessages } from './rules';

export const resourceMessages = [ruleMessages, auditLogMessages, settingsMessages, noticeMessages, searchMessages, dashboardMessages, merchantMessages, changeReportMessages, categoryApplicationMessages, categoryMessages, documentMessages, depositAccountMessages, ledgerEntryMessages, approvalMessages, shortfallMessages, complaintMessages, evidenceMessages, fileMessages, penaltiesMessages, suggestionsMessages, clearancesMessages];
