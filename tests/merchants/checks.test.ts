// Pure registration rules: each check's pass / fail / unknown, the working-day clocks across
// holidays with make-up days, masking and field validation.
import { describe, expect, it } from 'vitest';
import {
    blockingFailures,
    CHINA_CALENDAR,
    DEFAULT_SETTINGS,
    isLateChangeReport,
    isValidUscc,
    maskContact,
    runChecks,
    usccCheckCharacter,
    validateDecision,
    validateMerchantFields,
    workingDayClock,
    type CheckInput,
    type Merchant,
    type MerchantDocument,
} from '../../src/domain';

const USCC = '91350100M000100Y43'; // valid (GB 32100-2015 example)
const merchant = (over: Partial<Merchant> = {}): Merchant =>
    ({
        id: 'm-1',
        nameZh: '厦门华锐电子科技有限公司',
        nameEn: 'Huarui Electronic Technology Co., Ltd.',
        storeName: 'Huarui Store',
        uscc: USCC,
        legalRepresentative: '王伟',
        businessType: 'limited_liability',
        registeredCapital: 100_000_000,
        establishedOn: '2020-03-01',
        address: '福建省厦门市人民路1号',
        province: '福建省',
        city: '厦门市',
        businessScope: 'electronics',
        hasImportExportRight: true,
        contactPerson: '李娜',
        contactTitle: '经理',
        email: 'zhang.san@example.cn',
        phone: '13812345678',
        contactAddress: '福建省厦门市人民路1号',
        categoryIds: ['cat-01'],
        depositCurrency: 'CNY',
        status: 'pending_review',
        registeredAt: '2026-11-10T02:00:00Z',
        submittedAt: '2026-11-10T02:00:00Z',
        agreementAcceptedAt: '2026-11-10T02:00:00Z',
        approvedAt: null,
        closedAt: null,
        clearanceStartedAt: null,
        printedLicenceReceived: true,
        decisions: [],
        onSiteChecks: [],
        activity: {} as Merchant['activity'],
        ...over,
    }) as Merchant;

const licence = (m: Merchant, over: Partial<MerchantDocument> = {}, fields: Partial<NonNullable<MerchantDocument['licence']>> = {}): MerchantDocument => ({
    id: 'doc-lic',
    merchantId: m.id,
    type: 'business_licence',
    title: 'Licence',
    fileIds: ['f1'],
    issuedOn: m.establishedOn,
    expiresOn: null,
    reviewStatus: 'pending',
    reviewNote: '',
    printedCopyReceived: true,
    uploadedAt: m.submittedAt,
    licence: {
        uscc: m.uscc,
        registeredName: m.nameZh,
        businessType: m.businessType,
        legalRepresentative: m.legalRepresentative,
        registeredCapital: m.registeredCapital,
        establishedOn: m.establishedOn,
        businessTermEnd: null,
        residence: m.address,
        businessScope: m.businessScope,
        issuingAuthority: '厦门市市场监督管理局',
        ...fields,
    },
    ...over,
});

const cert = (m: Merchant, over: Partial<MerchantDocument> = {}): MerchantDocument => ({ ...licence(m), id: 'doc-iec', type: 'import_export_certificate', licence: null, ...over });

const input = (over: Partial<CheckInput> = {}): CheckInput => {
    const m = over.merchant ?? merchant();
    return {
        merchant: m,
        licence: licence(m),
        documents: [licence(m), cert(m)],
        settings: DEFAULT_SETTINGS,
        today: '2026-11-20',
        related: [],
        blockList: DEFAULT_SETTINGS.blockList,
        ...over,
    };
};

const check = (id: string, i: CheckInput) => runChecks(i).find(c => c.id === id)!;

describe('automatic registration checks', () => {
    it('all pass for a clean registration (on-site unknown does not block)', () => {
        const results = runChecks(input());
        expect(blockingFailures(results)).toEqual([]);
        expect(results.find(c => c.id === 'on_site')!.status).toBe('unknown');
        expect(results.every(c => /^R-REG-\d+$/.test(c.ruleId))).toBe(true);
    });

    it('R-REG-7 fails a USCC whose check character is wrong, naming the problem', () => {
        const bad = `${USCC.slice(0, 17)}${USCC[17] === '3' ? '4' : '3'}`;
        const m = merchant({ uscc: bad });
        const c = check('uscc', input({ merchant: m, licence: licence(m) }));
        expect(c).toMatchObject({ status: 'fail', ruleId: 'R-REG-7', blocking: true });
        expect(c.reason).toMatch(/check character/);
    });

    it('R-REG-7 the seed helper and the validator agree on GB 32100-2015 check characters', () => {
        expect(isValidUscc(USCC)).toBe(true);
        expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
        expect(isValidUscc('91350100M000100Y4I')).toBe(false);
    });

    it('R-REG-3 fails under one year since establishment and passes over it', () => {
        const young = merchant({ establishedOn: '2026-01-15' });
        expect(check('established', input({ merchant: young, licence: licence(young) })).status).toBe('fail');
        const exactlyOne = merchant({ establishedOn: '2025-11-20' });
        expect(check('established', input({ merchant: exactlyOne, licence: licence(exactlyOne) })).status).toBe('fail');
        const old = merchant({ establishedOn: '2025-11-19' });
        expect(check('established', input({ merchant: old, licence: licence(old) })).status).toBe('pass');
    });

    it('R-REG-3 is unknown without a date of establishment', () => {
        const m = merchant({ establishedOn: '' });
        expect(check('established', input({ merchant: m, licence: licence(m, {}, { establishedOn: '' }) })).status).toBe('unknown');
    });

    it('R-REG-4 fails without the right, or with the right but no certificate (R-REG-2)', () => {
        const none = merchant({ hasImportExportRight: false });
        expect(check('import_export', input({ merchant: none })).status).toBe('fail');
        const m = merchant();
        expect(check('import_export', input({ documents: [licence(m)] })).status).toBe('fail');
        expect(check('import_export', input({ documents: [licence(m), cert(m, { reviewStatus: 'rejected' })] })).status).toBe('fail');
        expect(check('import_export', input()).status).toBe('pass');
    });

    it('R-REG-8 names each field where the licence differs from the registration', () => {
        const m = merchant();
        const c = check('licence_match', input({ licence: licence(m, {}, { legalRepresentative: '欧阳志远', residence: '福建省厦门市中山路9号' }) }));
        expect(c.status).toBe('fail');
        expect((c.details.differences as Array<{ field: string }>).map(d => d.field)).toEqual(['legalRepresentative', 'address']);
        expect(c.reason).toContain('legalRepresentative, address');
    });

    it('R-REG-8 fails when no licence is on file', () => {
        expect(check('licence_match', input({ licence: null })).status).toBe('fail');
    });

    it('R-REG-11 fails an expired licence and flags one expiring within the warning window', () => {
        const m = merchant();
        expect(check('licence_valid', input({ licence: licence(m, { expiresOn: '2026-11-19' }) })).status).toBe('fail');
        const soon = check('licence_valid', input({ licence: licence(m, { expiresOn: '2026-12-10' }) }));
        expect(soon).toMatchObject({ status: 'pass', details: { expiring: true, daysLeft: 20 } });
        expect(check('licence_valid', input({ licence: licence(m, { expiresOn: null }) })).status).toBe('pass');
    });

    it('R-REG-5 fails after a failed on-site check, unknown while only scheduled, passes after a pass', () => {
        const base = { scheduledBy: 'op', fileIds: [] };
        const failed = merchant({ onSiteChecks: [{ id: 'o1', scheduledFor: '2026-11-10', status: 'failed', result: 'No office', ...base }] });
        expect(check('on_site', input({ merchant: failed })).status).toBe('fail');
        const scheduled = merchant({ onSiteChecks: [{ id: 'o1', scheduledFor: '2026-11-25', status: 'scheduled', ...base }] });
        expect(check('on_site', input({ merchant: scheduled })).status).toBe('unknown');
        const passed = merchant({ onSiteChecks: [{ id: 'o1', scheduledFor: '2026-11-10', status: 'passed', recordedAt: '2026-11-10T05:00:00Z', ...base }] });
        expect(check('on_site', input({ merchant: passed })).status).toBe('pass');
    });

    it('R-REG-13 fails a block-listed code', () => {
        const m = merchant({ uscc: DEFAULT_SETTINGS.blockList[0].uscc });
        const c = check('block_list', input({ merchant: m, licence: licence(m) }));
        expect(c).toMatchObject({ status: 'fail', blocking: true });
        expect(c.reason).toContain(DEFAULT_SETTINGS.blockList[0].name);
    });

    it('R-REG-6 flags a shared legal representative without blocking, and blocks a shared USCC', () => {
        const flag = check('related_accounts', input({ related: [{ merchantId: 'm-9', name: 'X', via: ['legalRepresentative'] }] }));
        expect(flag).toMatchObject({ status: 'fail', blocking: false });
        const dup = check('related_accounts', input({ related: [{ merchantId: 'm-9', name: 'X', via: ['uscc', 'phone'] }] }));
        expect(dup).toMatchObject({ status: 'fail', blocking: true });
        expect(check('related_accounts', input()).status).toBe('pass');
    });
});

describe('working-day clocks over the settings calendar', () => {
    it('R-REG-12 counts 15 working days across the 2026 National Day holiday with make-up days', () => {
        // From Fri 2026-09-18: Sun 09-20 is a make-up working day, 09-25..27 and 10-01..07 are off,
        // Sat 10-10 is a make-up working day.
        const clock = workingDayClock('2026-09-18', 15, '2026-09-30', CHINA_CALENDAR);
        expect(clock.dueDate).toBe('2026-10-15');
        expect(clock.daysLeft).toBe(7); // Oct 8, 9, 10 (Sat, make-up), 12, 13, 14, 15
        expect(clock.overdue).toBe(false);
        expect(workingDayClock('2026-09-18', 15, '2026-10-16', CHINA_CALENDAR)).toMatchObject({ overdue: true, daysLeft: -1 });
    });

    it('R-REG-12 starts the clock on the China date of the submission instant', () => {
        // 2026-09-17T17:00Z is already Friday 09-18 in China.
        expect(workingDayClock('2026-09-17T17:00:00Z', 15, '2026-09-30', CHINA_CALENDAR).dueDate).toBe('2026-10-15');
    });

    it('R-REG-10 a report 3 working days after a change is on time; the 4th working day is late', () => {
        // Change on Thu 2026-09-24: working days after are Sep 28, 29, 30 (25-27 off).
        expect(isLateChangeReport('2026-09-24', '2026-09-30T08:00:00Z', 3, CHINA_CALENDAR)).toBe(false);
        expect(isLateChangeReport('2026-09-24', '2026-10-01T02:00:00Z', 3, CHINA_CALENDAR)).toBe(true);
    });
});

describe('R-PRV-1 masking and field validation', () => {
    it('masks phone, e-mail, person and address', () => {
        const masked = maskContact(merchant());
        expect(masked.phone).toBe('138****5678');
        expect(masked.email).toBe('z***@example.cn');
        expect(masked.contactPerson).toBe('李*');
        expect(masked.contactAddress).toBe('福建省厦门市****');
    });

    it('R-REG-7 refuses an invalid USCC, a future establishment date, a taken USCC and missing fields', () => {
        const vc = { today: '2026-11-20', categoryIds: new Set(['cat-01']), usccTakenBy: (c: string) => (c === USCC ? 'm-2' : null) };
        const errors = validateMerchantFields(merchant({ establishedOn: '2026-12-01', nameZh: '', email: 'nope' }), vc);
        expect(errors.uscc).toMatch(/already registered by merchant m-2/);
        expect(errors.establishedOn).toMatch(/future/);
        expect(errors.nameZh).toMatch(/Required/);
        expect(errors.email).toBeTruthy();
        expect(validateMerchantFields(merchant({ uscc: '91350100M000100Y44' }), { ...vc, usccTakenBy: () => null }).uscc).toMatch(/check character/);
    });

    it('R-REG-9 a decision needs a reason code of its kind and a note', () => {
        expect(validateDecision({ kind: 'approve', reasonCode: 'all_checks_passed', note: 'ok fine' })).toEqual({});
        expect(validateDecision({ kind: 'reject', reasonCode: 'all_checks_passed', note: 'x' })).toHaveProperty('reasonCode');
        expect(validateDecision({ kind: 'reject', reasonCode: 'other', note: '' })).toHaveProperty('note');
    });
});
