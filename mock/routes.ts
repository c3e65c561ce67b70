// Every route of the mock API, in one list: the browser worker, msw/node and the Node server
// serve exactly these, and the OpenAPI check compares the document against it.
import type { Route } from './core/router';
import type { Sweeper } from './core/server';
import { approvalRoutes } from './resources/approvals';
import { auditLogRoutes } from './resources/auditLog';
import { authRoutes } from './resources/auth';
import { categoryRoutes } from './resources/categories';
import { categoryApplicationRoutes, lapseCategoryApplications } from './resources/categoryApplications';
import { changeReportRoutes } from './resources/changeReports';
import { complaintRoutes } from './resources/complaints';
import { depositAccountRoutes } from './resources/depositAccounts';
import { documentRoutes } from './resources/documents';
import { evidenceRoutes } from './resources/evidence';
import { fileReadRoutes, fileUploadRoutes } from './resources/files';
import { ledgerEntryRoutes } from './resources/ledgerEntries';
import { merchantRoutes } from './resources/merchants';
import { noticeRoutes } from './resources/notices';
import { operatorRoutes } from './resources/operators';
import { clearanceRoutes } from './resources/clearances';
import { expirePenalties, penaltyRoutes } from './resources/penalties';
import { penaltySuggestionRoutes } from './resources/penaltySuggestions';
import { searchRoutes } from './resources/search';
import { statsRoutes } from './resources/stats';
import { settingsRoutes } from './resources/settings';
import { systemRoutes } from './resources/system';

export const routes: Route[] = [
    ...authRoutes,
    ...systemRoutes,
    ...settingsRoutes,
    ...auditLogRoutes,
    ...operatorRoutes,
    ...noticeRoutes,
    ...fileReadRoutes,
    ...fileUploadRoutes,
    ...merchantRoutes,
    ...documentRoutes,
    ...categoryRoutes,
    ...categoryApplicationRoutes,
    ...changeReportRoutes,
    ...depositAccountRoutes,
    ...ledgerEntryRoutes,
    ...approvalRoutes,
    ...complaintRoutes,
    ...evidenceRoutes,
    ...penaltyRoutes,
    ...penaltySuggestionRoutes,
    ...clearanceRoutes,
    ...searchRoutes,
    ...statsRoutes,
];

/** Time-based transitions run before each request on the mock clock. */
export const sweepers: Sweeper[] = [
    lapseCategoryApplications, // R-REG-12
    expirePenalties, // R-PEN-2: temporary measures end on their end date
];
