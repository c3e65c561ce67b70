// The deterministic demo seed. `seedDatabase(db)` fills every resource for the size in db.meta.
import { DEFAULT_SETTINGS, type Merchant } from '../../src/domain';
import type { Database } from '../core/db';
import { SEED_COUNTS } from './context';
import { seedCategoryApplications } from './categoryApplications';
import { seedChangeReports } from './changeReports';
import { seedComplaints } from './complaints';
import { seedDeposits } from './deposits';
import { SeededFiles } from './seededFiles';
import { seedCategories, seedMerchants } from './merchants';
import { seedOperators } from './operators';
import { seedPenalties } from './penalties';

export { SEED_ANCHOR, SEED_VERSION, SEED_COUNTS } from './context';

export const seedDatabase = (db: Database) => {
    const counts = SEED_COUNTS[db.meta.seedSize];
    seedOperators(db);
    db.load('settings', [structuredClone(DEFAULT_SETTINGS) as unknown as { id: string }]);
    const categories = seedCategories(db);
    const { merchants, documents } = seedMerchants(db, counts, categories);
    // The merchants' documents: generated on first use (issue 8), on demand only (not built ahead
    // when idle); until then the merchant list and a merchant's page read one merchant's from what
    // the seed drew (the part's source, documentsOf). No id counter depends on them.
    db.defer(['documents'], () => db.load('documents', documents.all()), { onDemand: true, source: documents });
    seedPenalties(db, counts, merchants);
    // Complaints and their evidence: generated on first use or when the worker is idle (issue 8,
    // Database.defer), from the merchants as seeded. Their counters (cmp, ev) are set then.
    const seededMerchants = db.all<Merchant>('merchants');
    const files = new SeededFiles(documents, () => db.collection('complaints'));
    db.defer(['complaints', 'evidence'], () => files.addComplaintFiles(seedComplaints(db, counts, seededMerchants)));
    // Every file record, the merchants' licences and certificates first, then the complaints'
    // evidence, as the seed always stored them: on demand only. Until then a file is read by id
    // from the seed (the part's source, fileOf), so a licence tab does not make 55,000 records.
    db.defer(['files'], () => db.load('files', files.all()), { onDemand: true, source: files });
    seedDeposits(db, counts);
    seedChangeReports(db);
    seedCategoryApplications(db);
    // Ensure every collection exists, even when its part of the seed is empty.
    for (const r of ['category-applications', 'change-reports', 'deposit-accounts', 'ledger-entries', 'approvals', 'complaints', 'evidence', 'penalties', 'notices', 'audit-log'])
        if (!db.isDeferred(r)) db.collection(r);
};
