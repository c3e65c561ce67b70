// The automatic registration checks (R-REG-3 to R-REG-8, R-REG-11, R-REG-13, R-REG-6): pure
// functions of the merchant, its documents, the settings and today. The mock API refuses an
// approval while a blocking check fails (R-REG-9); the console shows every check with its rule.
import { addYears, daysBetween, type IsoDate } from './dates';
import type { BlockListEntry, Settings } from './settings';
import type { Id, LicenceFields, Merchant, MerchantDocument, OnSiteCheck } from './types';
import { usccProblem, usccProblemMessage } from './uscc';

export type CheckStatus = 'pass' | 'fail' | 'unknown';

export const CHECK_IDS = [
    'uscc',
    'established',
    'import_export',
    'licence_match',
    'licence_valid',
    'on_site',
    'block_list',
    'related_accounts',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckResult {
    id: CheckId;
    ruleId: string;
    status: CheckStatus;
    /** A blocking check that fails refuses an approval. */
    blocking: boolean;
    /** Why, in English (the console translates by id + status and shows this as detail). */
    reason: string;
    details: Record<string, unknown>;
}

export type RelationKind = 'uscc' | 'legalRepresentative' | 'phone';

export interface RelatedMerchant {
    merchantId: Id;
    name: string;
    via: RelationKind[];
}

export interface CheckInput {
    merchant: Merchant;
    licence: MerchantDocument | null;
    documents: MerchantDocument[];
    settings: Pick<Settings, 'minimumYearsEstablished' | 'licenceExpiryWarningDays'>;
    today: IsoDate;
    related: RelatedMerchant[];
    blockList: BlockListEntry[];
}

const normaliseText = (s: string | null | undefined) => (s ?? '').replace(/[\s（）()·.,，]/g, '').toLowerCase();

/** R-REG-7 check character. */
export const checkUscc = ({ merchant, licence }: CheckInput): CheckResult => {
    const code = licence?.licence?.uscc || merchant.uscc;
    const problem = code ? usccProblem(code) : 'length';
    return {
        id: 'uscc',
        ruleId: 'R-REG-7',
        status: problem ? 'fail' : 'pass',
        blocking: true,
        reason: problem ? usccProblemMessage[problem] : `The unified social credit code ${code} has a valid check character.`,
        details: { uscc: code, problem },
    };
};

/** R-REG-3: established for over `minimumYearsEstablished` years at the time of review. */
export const checkEstablished = ({ merchant, licence, settings, today }: CheckInput): CheckResult => {
    const establishedOn = licence?.licence?.establishedOn ?? merchant.establishedOn;
    const years = settings.minimumYearsEstablished;
    if (!establishedOn)
        return { id: 'established', ruleId: 'R-REG-3', status: 'unknown', blocking: true, reason: 'No date of establishment is recorded on the licence.', details: {} };
    const eligibleFrom = addYears(establishedOn, years);
    const ok = daysBetween(eligibleFrom, today) > 0;
    return {
        id: 'established',
        ruleId: 'R-REG-3',
        status: ok ? 'pass' : 'fail',
        blocking: true,
        reason: ok
            ? `Established on ${establishedOn}: over ${years} year(s) ago.`
            : `Established on ${establishedOn}: not yet over ${years} year(s); eligible after ${eligibleFrom}.`,
        details: { establishedOn, eligibleFrom, minimumYears: years },
    };
};

/** R-REG-4 autonomous import/export right, evidenced by the certificate (R-REG-2). */
export const checkImportExport = ({ merchant, documents }: CheckInput): CheckResult => {
    const base = { id: 'import_export' as const, ruleId: 'R-REG-4', blocking: true };
    if (!merchant.hasImportExportRight)
        return { ...base, status: 'fail', reason: 'The enterprise does not declare the autonomous right to import and export.', details: { declared: false } };
    const cert = documents.find(d => d.type === 'import_export_certificate' && d.reviewStatus !== 'rejected');
    if (!cert)
        return {
            ...base,
            status: 'fail',
            reason: 'The import/export right is declared but no import/export qualification certificate is on file (R-REG-2).',
            details: { declared: true, certificate: null },
        };
    return {
        ...base,
        status: 'pass',
        reason: `Import/export right declared; certificate ${cert.id} is ${cert.reviewStatus}.`,
        details: { declared: true, certificate: cert.id, certificateStatus: cert.reviewStatus },
    };
};

/** Registration field → licence field compared by R-REG-8 (name, legal representative, address) and the code. */
export const LICENCE_MATCH_FIELDS: ReadonlyArray<readonly [keyof Merchant, keyof LicenceFields]> = [
    ['nameZh', 'registeredName'],
    ['legalRepresentative', 'legalRepresentative'],
    ['address', 'residence'],
    ['uscc', 'uscc'],
];

/** R-REG-8: licence data matches the registration; names the fields that differ. */
export const checkLicenceMatch = ({ merchant, licence }: CheckInput): CheckResult => {
    const base = { id: 'licence_match' as const, ruleId: 'R-REG-8', blocking: true };
    if (!licence?.licence)
        return { ...base, status: 'fail', reason: 'No business licence with its fields is on file (R-REG-2), so nothing can be compared.', details: { differences: [] } };
    const differences = LICENCE_MATCH_FIELDS.filter(([m, l]) => normaliseText(String(merchant[m] ?? '')) !== normaliseText(String(licence.licence![l] ?? ''))).map(
        ([m, l]) => ({ field: m, registration: merchant[m], licence: licence.licence![l] }),
    );
    return {
        ...base,
        status: differences.length ? 'fail' : 'pass',
        reason: differences.length
            ? `The licence differs from the registration in: ${differences.map(d => d.field).join(', ')}.`
            : 'Name, legal representative, address and code on the licence match the registration.',
        details: { differences },
    };
};

/** R-REG-11: the licence is not expired; expiring within the warning window is flagged. */
export const checkLicenceValid = ({ licence, settings, today }: CheckInput): CheckResult => {
    const base = { id: 'licence_valid' as const, ruleId: 'R-REG-11', blocking: true };
    if (!licence) return { ...base, status: 'fail', reason: 'No business licence is on file (R-REG-2).', details: {} };
    const expiresOn = licence.expiresOn;
    if (!expiresOn) return { ...base, status: 'pass', reason: 'The licence has no fixed expiry (long-term business term).', details: { expiresOn: null, expiring: false } };
    const daysLeft = daysBetween(today, expiresOn);
    if (daysLeft < 0) return { ...base, status: 'fail', reason: `The licence expired on ${expiresOn}.`, details: { expiresOn, daysLeft, expiring: false } };
    const expiring = daysLeft <= settings.licenceExpiryWarningDays;
    return {
        ...base,
        status: 'pass',
        reason: expiring ? `The licence is valid but expires on ${expiresOn}, in ${daysLeft} day(s).` : `The licence is valid until ${expiresOn}.`,
        details: { expiresOn, daysLeft, expiring },
    };
};

/** The latest on-site check that was not cancelled. */
export const latestOnSiteCheck = (checks: OnSiteCheck[]): OnSiteCheck | null => {
    const live = checks.filter(c => c.status !== 'cancelled');
    if (!live.length) return null;
    return [...live].sort((a, b) => (a.recordedAt ?? a.scheduledFor).localeCompare(b.recordedAt ?? b.scheduledFor)).at(-1)!;
};

/** R-REG-5: a failed on-site check blocks approval; none recorded is unknown (not required). */
export const checkOnSite = ({ merchant }: CheckInput): CheckResult => {
    const base = { id: 'on_site' as const, ruleId: 'R-REG-5', blocking: true };
    const failed = merchant.onSiteChecks.find(c => c.status === 'failed');
    if (failed)
        return { ...base, status: 'fail', reason: `The on-site check of ${failed.scheduledFor} failed: ${failed.result ?? ''}`.trim(), details: { checkId: failed.id } };
    const latest = latestOnSiteCheck(merchant.onSiteChecks);
    if (!latest) return { ...base, status: 'unknown', reason: 'No on-site check has been scheduled or recorded.', details: {} };
    if (latest.status === 'scheduled')
        return { ...base, status: 'unknown', reason: `An on-site check is scheduled for ${latest.scheduledFor}; no result yet.`, details: { checkId: latest.id } };
    return { ...base, status: 'pass', reason: `The on-site check of ${latest.scheduledFor} passed.`, details: { checkId: latest.id } };
};

/** R-REG-13: enterprises permanently closed elsewhere for counterfeit or pirated goods. */
export const checkBlockList = ({ merchant, licence, blockList }: CheckInput): CheckResult => {
    const codes = new Set([merchant.uscc, licence?.licence?.uscc].filter(Boolean).map(c => c!.toUpperCase()));
    const names = new Set([merchant.nameZh, licence?.licence?.registeredName].filter(Boolean).map(n => normaliseText(n)));
    const hit = blockList.find(e => codes.has(e.uscc.toUpperCase()) || names.has(normaliseText(e.name)));
    return {
        id: 'block_list',
        ruleId: 'R-REG-13',
        status: hit ? 'fail' : 'pass',
        blocking: true,
        reason: hit ? `On the block list: ${hit.name} (${hit.uscc}): ${hit.reason}` : 'Neither the code nor the name is on the block list.',
        details: hit ? { entry: hit } : {},
    };
};

/**
 * R-REG-6: one account per enterprise. Another account with the same USCC blocks approval;
 * a shared legal representative or phone is flagged for the officer to judge.
 */
export const checkRelated = ({ related }: CheckInput): CheckResult => {
    const sameCode = related.filter(r => r.via.includes('uscc'));
    return {
        id: 'related_accounts',
        ruleId: 'R-REG-6',
        status: related.length ? 'fail' : 'pass',
        blocking: sameCode.length > 0,
        reason: related.length
            ? `${related.length} related account(s): ${related.map(r => `${r.merchantId} (${r.via.join(', ')})`).join('; ')}.` +
              (sameCode.length ? ' Another account holds the same unified social credit code: one account per enterprise.' : '')
            : 'No other account shares the code, legal representative or phone.',
        details: { related },
    };
};

export const runChecks = (input: CheckInput): CheckResult[] => [
    checkUscc(input),
    checkEstablished(input),
    checkImportExport(input),
    checkLicenceMatch(input),
    checkLicenceValid(input),
    checkOnSite(input),
    checkBlockList(input),
    checkRelated(input),
];

/** The checks that refuse an approval (R-REG-9). */
export const blockingFailures = (results: CheckResult[]): CheckResult[] => results.filter(r => r.blocking && r.status === 'fail');
