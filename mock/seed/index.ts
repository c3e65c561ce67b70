// The deterministic demo seed. `seedDatabase(db)` fills every resource for the size in db.meta.
import { DEFAULT_SETTINGS, type Merchant } from '../../src/domain';
import type { Database } from '../core/db';
import { SEED_COUNTS } from './context';
import { seedCategoryApplications } from './categoryApplications';
import { seedChangeReports } from './changeReports';
import { seedComplaints } from './complaints';
import { seedDeposits } from './deposits';
import { primeSeededDocuments } from '../services/registrationIndex';
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
    // The merchants' documents: generated on first use (issue 8); until then the merchant list
    // and a merchant's page read them from what the seed drew (primeSeededDocuments).
    primeSeededDocuments(db, documents);
    // On demand only (not built ahead when idle): a merchant's documents are made from the seed
    // wherever one merchant's are read; no id counter depends on them.
    db.defer(
        ['documents'],
        () => {
            db.load('documents', documents.all());
            primeSeededDocuments(db, null);
        },
        { onDemand: true },
    );
    seedPenalties(db, counts, merchants);
    // Complaints, their evidence and every file record (the merchants' licences and
    // certificates first, as the seed always stored them): generated on first use (issue 8,
    // Database.defer), from the merchants as seeded.
    const seededMerchants = db.all<Merchant>('merchants');
    db.defer(['complaints', 'evidence', 'files'], () => {
        db.load('files', documents.files());
        seedComplaints(db, counts, seededMerchants);
    });
    seedDeposits(db, counts);
    seedChangeReports(db);
    seedCategoryApplications(db);
    // Ensure every collection exists, even when its part of the seed is empty.
    for (const r of ['category-applications', 'change-reports', 'deposit-accounts', 'ledger-entries', 'approvals', 'complaints', 'evidence', 'penalties', 'notices', 'audit-log'])
        if (!db.isDeferred(r)) db.collection(r);
};
