// Market management measures (R-PEN-1 to R-PEN-10): the measure catalogue, who may approve,
// how a merchant's status follows from the measures in force, the suggestion rules over the
// merchants' activity data, the clearance checklist and the public notice. Pure TypeScript,
// shared by the console and the mock API.
import { addDays, addMonths, chinaDate, daysBetween, isIsoDate, type IsoDate, type IsoDateTime } from './dates';
import { isCurrency, MAX_ENTRY_MINOR, type Currency } from './money';
import type { Settings } from './settings';
import type { Measure, MeasureType, Merchant, MerchantActivity, MerchantStatus, Penalty, PenaltyGround, Role } from './types';
import { MEASURE_TYPES } from './types';

/** What a measure does to the merchant's status while it is in force (R-PEN-10). */
export type MeasureEffect = 'none' | 'restricts' | 'suspends' | 'terminates';
/** one_off: takes effect once on approval (a record, points or money); durable: in force until it ends. */
export type MeasureKind = 'one_off' | 'durable';

export interface MeasureDefinition {
    type: MeasureType;
    kind: MeasureKind;
    effect: MeasureEffect;
    /** Only permanent (close_store): an end date is refused. */
    permanentOnly: boolean;
    /** Approval needs the supervisor whatever the duration. */
    supervisorOnly: boolean;
    /** Carries an amount posted to the deposit ledger on approval (R-DEP-3). */
    money: boolean;
    /** What the merchant can no longer do, in English and Chinese. */
    blocks: { en: string; zh: string };
}

/** R-PEN-1: the catalogue. */
export const MEASURES: Record<MeasureType, MeasureDefinition> = {
    warning: {
        type: 'warning', kind: 'one_off', effect: 'none', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Nothing: a formal warning kept on the merchant’s record', zh: '不限制经营：正式警告记入商户档案' },
    },
    credit_points: {
        type: 'credit_points', kind: 'one_off', effect: 'none', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Lowers the credit score (search ranking and trust badge)', zh: '扣减信用分（影响搜索排名与诚信标识）' },
    },
    delist_products: {
        type: 'delist_products', kind: 'durable', effect: 'restricts', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'The offending products are hidden from buyers', zh: '违规商品下架，买家不可见' },
    },
    restrict_publishing: {
        type: 'restrict_publishing', kind: 'durable', effect: 'restricts', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Cannot publish or edit products', zh: '不能发布或修改商品' },
    },
    suspend_category_services: {
        type: 'suspend_category_services', kind: 'durable', effect: 'suspends', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Category services frozen: cannot sell in its categories', zh: '类目服务冻结：不能在所属类目销售' },
    },
    freeze_transactions: {
        type: 'freeze_transactions', kind: 'durable', effect: 'suspends', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Cannot accept new orders or start transactions', zh: '不能接受新订单或发起交易' },
    },
    freeze_balance: {
        type: 'freeze_balance', kind: 'durable', effect: 'restricts', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Account balance frozen: cannot spend or transfer it', zh: '账户余额冻结：不能使用或转出' },
    },
    cancel_withdrawal: {
        type: 'cancel_withdrawal', kind: 'durable', effect: 'restricts', permanentOnly: false, supervisorOnly: false, money: false,
        blocks: { en: 'Cannot withdraw cash', zh: '取消提现' },
    },
    close_store: {
        type: 'close_store', kind: 'durable', effect: 'terminates', permanentOnly: true, supervisorOnly: true, money: false,
        blocks: { en: 'Store and account closed: the agreement ends and clearance starts (R-PEN-9)', zh: '关闭店铺及账户：终止协议并进入清算（R-PEN-9）' },
    },
    deposit_deduction: {
        type: 'deposit_deduction', kind: 'one_off', effect: 'none', permanentOnly: false, supervisorOnly: false, money: true,
        blocks: { en: 'Deducted from the security deposit (R-DEP-3)', zh: '从保证金中扣除（R-DEP-3）' },
    },
    liquidated_damages: {
        type: 'liquidated_damages', kind: 'one_off', effect: 'none', permanentOnly: false, supervisorOnly: true, money: true,
        blocks: { en: 'Liquidated damages owed to the platform, deducted from the deposit (R-DEP-3 (1))', zh: '向平台支付违约金，从保证金扣除（R-DEP-3 (1)）' },
    },
};

export const isMoneyMeasure = (type: MeasureType) => MEASURES[type].money;
export const isDurableMeasure = (type: MeasureType) => MEASURES[type].kind === 'durable';

/** A penalty is permanent when a durable measure has no end date. */
export const isPermanentPenalty = (p: Pick<Penalty, 'measures' | 'endsOn'>) =>
    p.endsOn === null && p.measures.some(m => isDurableMeasure(m.type));

/** Why the supervisor must approve, or null when any second officer may (R-PEN-2). */
export const supervisorApprovalReason = (p: Pick<Penalty, 'measures' | 'endsOn'>): string | null => {
    if (p.measures.some(m => m.type === 'close_store')) return 'closing the store or account (termination)';
    if (p.measures.some(m => m.type === 'liquidated_damages')) return 'liquidated damages';
    if (isPermanentPenalty(p)) return 'a permanent measure (no end date)';
    return null;
};

/**
 * Who may approve a proposal (R-PEN-2): never its proposer (a second person), and the
 * supervisor for permanent measures, account closure and liquidated damages.
 */
export const approvalRefusal = (
    p: Pick<Penalty, 'measures' | 'endsOn' | 'proposedBy'>,
    approver: { id: string; role: Role },
): { code: 'own_proposal' | 'supervisor_only'; message: string } | null => {
    if (p.proposedBy === approver.id)
        return { code: 'own_proposal', message: 'You proposed this penalty: a second person must approve it (R-PEN-2, four eyes). Ask another officer or the supervisor.' };
    const reason = supervisorApprovalReason(p);
    if (reason && approver.role !== 'supervisor')
        return { code: 'supervisor_only', message: `Only the supervisor may approve ${reason} (R-PEN-2, RULES.md role table).` };
    return null;
};

/** Lifting a permanent measure is the supervisor's (RULES.md role table). */
export const liftRefusal = (p: Pick<Penalty, 'measures' | 'endsOn'>, role: Role): string | null =>
    isPermanentPenalty(p) && role !== 'supervisor' ? 'Only the supervisor may lift a permanent measure (RULES.md role table).' : null;

// ---------- R-PEN-10: status derivation ----------

/** Base statuses the penalty measures never override: registration states and leaving/left. */
const NOT_TRADING: readonly MerchantStatus[] = ['pending_review', 'info_requested', 'rejected', 'in_clearance', 'closed'];

/**
 * R-PEN-10: the status an operator sees, from the stored (registration/lifecycle) status and the
 * measures in force. restricted/suspended are never stored: they follow from measures.
 */
export const deriveMerchantStatus = (baseStatus: MerchantStatus, measuresInForce: readonly MeasureType[]): MerchantStatus => {
    if (NOT_TRADING.includes(baseStatus)) return baseStatus;
    const effects = new Set(measuresInForce.map(m => MEASURES[m].effect));
    if (effects.has('terminates')) return 'in_clearance';
    if (effects.has('suspends')) return 'suspended';
    if (effects.has('restricts')) return 'restricted';
    return 'active';
};

/** A penalty's durable measures are in force while it is active and its start date has come. */
export const isInForce = (p: Pick<Penalty, 'status' | 'startsOn' | 'endsOn'>, today: IsoDate) =>
    p.status === 'active' && p.startsOn <= today && (p.endsOn === null || today < p.endsOn);

/** The temporary penalty has reached its end date (the sweeper expires it, no one acting). */
export const isDueToExpire = (p: Pick<Penalty, 'status' | 'endsOn'>, today: IsoDate) =>
    p.status === 'active' && p.endsOn !== null && today >= p.endsOn;

// ---------- grounds (R-PEN-3 to R-PEN-6 and others) ----------

export interface GroundDefinition {
    /** Stable code stored as ground.ruleId's refinement. */
    code: string;
    ruleId: string;
    en: string;
    zh: string;
    /** Measures the form pre-fills. */
    suggestedMeasures: MeasureType[];
    /** Grounds of 003 §15.2.3 under which unused deposit may be forfeited (R-DEP-10). */
    forfeitable: boolean;
}

export const GROUNDS: GroundDefinition[] = [
    { code: 'no_login_first_month', ruleId: 'R-PEN-3', en: 'No login within one month of registration', zh: '注册后一个月内未登录', suggestedMeasures: ['warning'], forfeitable: false },
    { code: 'shop_not_decorated', ruleId: 'R-PEN-3', en: 'Shop not decorated within two weeks of opening', zh: '开店两周内未装修店铺', suggestedMeasures: ['warning'], forfeitable: false },
    { code: 'inquiries_unanswered', ruleId: 'R-PEN-3', en: 'Buyer inquiries unanswered for one month', zh: '买家询盘一个月未回复', suggestedMeasures: ['warning', 'credit_points'], forfeitable: false },
    { code: 'spam_block_listed', ruleId: 'R-PEN-3', en: 'Frequent spam inquiries and block-listed by many businesses', zh: '频繁发送垃圾询盘且被众多商家列入黑名单', suggestedMeasures: ['restrict_publishing'], forfeitable: false },
    { code: 'licence_out_of_date', ruleId: 'R-REG-8', en: 'Licence data out of date and not updated in time', zh: '执照信息过期且未及时更新', suggestedMeasures: ['suspend_category_services'], forfeitable: false },
    { code: 'untrue_documents', ruleId: 'R-REG-11', en: 'Untrue, illegal or expired documents', zh: '提交虚假、违法或过期材料', suggestedMeasures: ['close_store'], forfeitable: true },
    { code: 'prohibited_listings', ruleId: 'R-PEN-4', en: 'Repeated or prohibited listings', zh: '重复铺货或发布禁售商品', suggestedMeasures: ['delist_products', 'restrict_publishing'], forfeitable: false },
    { code: 'bulk_messages', ruleId: 'R-PEN-4', en: 'Unsolicited bulk messages', zh: '发送未经请求的群发信息', suggestedMeasures: ['restrict_publishing'], forfeitable: false },
    { code: 'impersonation_fraud', ruleId: 'R-PEN-4', en: 'Impersonation, fraud, attacks, malware, stolen credentials or account selling', zh: '冒充他人、欺诈、攻击网站、恶意软件、盗取凭据或出售账户', suggestedMeasures: ['freeze_transactions'], forfeitable: true },
    { code: 'infringement', ruleId: 'R-PEN-4', en: 'Intellectual-property infringement', zh: '侵犯知识产权', suggestedMeasures: ['delist_products', 'suspend_category_services'], forfeitable: false },
    { code: 'low_service_scores', ruleId: 'R-PEN-4', en: 'Low DSR scores, high dispute rate or low praise rate', zh: 'DSR评分低、纠纷率高或好评率低', suggestedMeasures: ['warning', 'restrict_publishing'], forfeitable: false },
    { code: 'inactive_180_days', ruleId: 'R-PEN-5', en: 'No login for over 180 days', zh: '超过180天未登录', suggestedMeasures: ['close_store'], forfeitable: true },
    { code: 'bribery', ruleId: 'R-PEN-6', en: 'Commercial bribery', zh: '商业贿赂', suggestedMeasures: ['close_store', 'liquidated_damages'], forfeitable: true },
    { code: 'deposit_shortfall', ruleId: 'R-DEP-5', en: 'Deposit shortfall not topped up in time', zh: '保证金不足且未按期补足', suggestedMeasures: ['cancel_withdrawal', 'delist_products'], forfeitable: true },
    { code: 'infringement_notice', ruleId: 'R-CMP-10', en: 'Infringement notice received', zh: '收到侵权通知', suggestedMeasures: ['warning', 'suspend_category_services'], forfeitable: false },
];

export const groundByCode = (code: string | null | undefined) => GROUNDS.find(g => g.code === code) ?? null;

/** Measures a complaint ground pre-fills (R-CMP-8: deduction and account closure may follow). */
export const COMPLAINT_GROUND_MEASURES: MeasureType[] = ['deposit_deduction'];

// ---------- validation of a proposal ----------

export interface PenaltyProposal {
    merchantId: string;
    ground: PenaltyGround;
    measures: Measure[];
    startsOn: IsoDate;
    endsOn: IsoDate | null;
    publish: boolean;
    note: string;
}

/** Field errors of a proposal, keyed like the form's inputs. */
export const validateProposal = (input: Record<string, unknown>, today: IsoDate, depositCurrency: Currency | null): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (typeof input.merchantId !== 'string' || !input.merchantId) errors.merchantId = 'Choose the merchant';
    const ground = (input.ground ?? {}) as Record<string, unknown>;
    if (ground.kind !== 'rule' && ground.kind !== 'complaint') errors['ground.kind'] = 'Choose a rule or a complaint as the ground (R-PEN-2)';
    else if (ground.kind === 'rule' && !groundByCode(ground.code as string)) errors['ground.code'] = 'Choose the rule the merchant broke';
    else if (ground.kind === 'complaint' && (typeof ground.complaintId !== 'string' || !ground.complaintId)) errors['ground.complaintId'] = 'Give the complaint this penalty follows from (R-CMP-8)';
    if (typeof ground.description !== 'string' || ground.description.trim().length < 10)
        errors['ground.description'] = 'Describe the violation in at least 10 characters: it is what the merchant and the public notice read';
    const measures = input.measures;
    if (!Array.isArray(measures) || measures.length === 0) errors.measures = 'Choose at least one measure (R-PEN-1)';
    else {
        const seen = new Set<string>();
        for (const raw of measures as Array<Record<string, unknown>>) {
            const type = raw?.type as MeasureType;
            if (!MEASURE_TYPES.includes(type)) {
                errors.measures = `Unknown measure "${String(raw?.type)}"`;
                continue;
            }
            if (seen.has(type)) errors.measures = `“${type}” is listed twice`;
            seen.add(type);
            if (type === 'credit_points' && (!Number.isInteger(raw.points) || (raw.points as number) < 1 || (raw.points as number) > 100))
                errors[`measures.${type}.points`] = 'Points: a whole number from 1 to 100';
            if (MEASURES[type].money) {
                if (!Number.isSafeInteger(raw.amount) || (raw.amount as number) <= 0 || (raw.amount as number) > MAX_ENTRY_MINOR)
                    errors[`measures.${type}.amount`] = 'Amount: a positive sum (at most 100,000,000)';
                if (!isCurrency(raw.currency)) errors[`measures.${type}.currency`] = 'Choose the currency';
                else if (depositCurrency && raw.currency !== depositCurrency)
                    errors[`measures.${type}.currency`] = `The merchant’s deposit is held in ${depositCurrency}; amounts in different currencies are never mixed (R-DEP-14)`;
            }
        }
    }
    if (!isIsoDate(input.startsOn)) errors.startsOn = 'A start date (YYYY-MM-DD)';
    else if ((input.startsOn as string) < addDays(today, -30)) errors.startsOn = 'The start may be at most 30 days back';
    if (input.endsOn !== null && input.endsOn !== undefined && input.endsOn !== '') {
        if (!isIsoDate(input.endsOn)) errors.endsOn = 'An end date (YYYY-MM-DD), or none for a permanent measure';
        else if (isIsoDate(input.startsOn) && (input.endsOn as string) <= (input.startsOn as string)) errors.endsOn = 'The end must be after the start';
        else if (Array.isArray(measures) && measures.some(m => (m as Measure)?.type === 'close_store'))
            errors.endsOn = 'Closing the store is permanent: leave the end date empty (R-PEN-9)';
    }
    if (input.publish !== undefined && typeof input.publish !== 'boolean') errors.publish = 'Yes or no';
    return errors;
};

// ---------- R-PEN-3 / R-PEN-5: suggestions from activity ----------

export type SuggestionKind = 'no_login_first_month' | 'shop_not_decorated' | 'inquiries_unanswered' | 'spam_block_listed' | 'inactive_180_days';
export const SUGGESTION_KINDS: SuggestionKind[] = ['no_login_first_month', 'shop_not_decorated', 'inquiries_unanswered', 'spam_block_listed', 'inactive_180_days'];

export interface SuggestionEvidence {
    /** What was measured, e.g. { registeredOn, firstLoginOn }. */
    [key: string]: string | number | null;
}

export interface DetectedGround {
    kind: SuggestionKind;
    ruleId: string;
    /** The day the ground arose (deadline passed). */
    since: IsoDate;
    evidence: SuggestionEvidence;
}

export interface DetectionThresholds {
    inactivityTerminationDays: number;
    spamSuggestionThreshold: number;
    blockListedSuggestionThreshold: number;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** China calendar day number of an instant (fast path for the single pass over 20,000 merchants). */
const dayNo = (t: IsoDateTime | null): number | null => (t ? Math.floor((Date.parse(t) + CHINA_OFFSET_MS) / DAY_MS) : null);
const isoOf = (n: number | null): IsoDate | null => (n === null ? null : new Date(n * DAY_MS).toISOString().slice(0, 10));
const dayOfIso = (d: IsoDate): number => Date.parse(`${d}T00:00:00Z`) / DAY_MS;
/** Calendar month after day n (month-end clamped), as a day number. */
const monthAfter = (n: number): number => dayOfIso(addMonths(isoOf(n)!, 1));

/**
 * The R-PEN-3 and R-PEN-5 grounds a merchant's activity shows on `today`. Pure: one merchant in,
 * its grounds out; the server runs it once per merchant per data version. Works on day numbers
 * and builds dates only for the evidence of a ground found.
 */
export const detectGrounds = (
    merchant: Pick<Merchant, 'registeredAt'> & { activity: MerchantActivity },
    today: IsoDate,
    t: DetectionThresholds,
): DetectedGround[] => {
    const a = merchant.activity;
    const out: DetectedGround[] = [];
    const now = dayOfIso(today);
    const registered = dayNo(merchant.registeredAt)!;
    const firstLogin = dayNo(a.firstLoginAt);
    // R-PEN-3: no login within one month of registration (a month is at least 28 days: skip the date maths when sooner).
    if (firstLogin === null ? now - registered > 27 : firstLogin - registered > 27) {
        const deadline = monthAfter(registered);
        if ((firstLogin === null && now > deadline) || (firstLogin !== null && firstLogin > deadline))
            out.push({ kind: 'no_login_first_month', ruleId: 'R-PEN-3', since: isoOf(deadline + 1)!, evidence: { registeredOn: isoOf(registered), loginDeadline: isoOf(deadline), firstLoginOn: isoOf(firstLogin) } });
    }
    // R-PEN-3: shop not decorated within two weeks of opening.
    const opened = dayNo(a.shopOpenedAt);
    if (opened !== null) {
        const decorateBy = opened + 14;
        const decorated = dayNo(a.shopDecoratedAt);
        if ((decorated === null && now > decorateBy) || (decorated !== null && decorated > decorateBy))
            out.push({ kind: 'shop_not_decorated', ruleId: 'R-PEN-3', since: isoOf(decorateBy + 1)!, evidence: { shopOpenedOn: isoOf(opened), decorateBy: isoOf(decorateBy), decoratedOn: isoOf(decorated) } });
    }
    // R-PEN-3: buyer inquiries unanswered for one month.
    const oldest = dayNo(a.oldestUnansweredInquiryAt);
    if (oldest !== null && now - oldest >= 28) {
        const monthLater = monthAfter(oldest);
        if (now >= monthLater)
            out.push({ kind: 'inquiries_unanswered', ruleId: 'R-PEN-3', since: isoOf(monthLater)!, evidence: { oldestUnansweredOn: isoOf(oldest), unansweredInquiries: a.unansweredInquiries, daysUnanswered: now - oldest } });
    }
    // R-PEN-3: frequent spam and block-listed by many businesses (either beyond its threshold).
    if (a.spamInquiriesLast30Days >= t.spamSuggestionThreshold || a.blockListedByBusinesses >= t.blockListedSuggestionThreshold)
        out.push({
            kind: 'spam_block_listed', ruleId: 'R-PEN-3', since: today,
            evidence: { spamInquiriesLast30Days: a.spamInquiriesLast30Days, spamThreshold: t.spamSuggestionThreshold, blockListedByBusinesses: a.blockListedByBusinesses, blockListThreshold: t.blockListedSuggestionThreshold },
        });
    // R-PEN-5: no login for over 180 days (a setting).
    const last = dayNo(a.lastLoginAt) ?? firstLogin ?? registered;
    const idle = now - last;
    if (idle > t.inactivityTerminationDays)
        out.push({ kind: 'inactive_180_days', ruleId: 'R-PEN-5', since: isoOf(last + t.inactivityTerminationDays + 1)!, evidence: { lastLoginOn: isoOf(last), daysWithoutLogin: idle, limitDays: t.inactivityTerminationDays } });
    return out;
};

export const thresholdsFrom = (s: Settings): DetectionThresholds => ({
    inactivityTerminationDays: s.inactivityTerminationDays,
    spamSuggestionThreshold: s.spamSuggestionThreshold,
    blockListedSuggestionThreshold: s.blockListedSuggestionThreshold,
});

/** Only trading merchants get suggestions: not those under review, rejected, leaving or gone. */
export const SUGGESTIBLE_STATUSES: readonly MerchantStatus[] = ['active', 'restricted', 'suspended'];

export const suggestionId = (merchantId: string, kind: SuggestionKind) => `${merchantId}.${kind}`;

// ---------- R-PEN-9: clearance ----------

export type ClearanceItemKey = 'transactions' | 'disputes' | 'penalties' | 'damages';

export interface ClearanceItem {
    key: ClearanceItemKey;
    done: boolean;
    /** How many remain open (transactions, disputes, penalties) or the minor units owed (damages). */
    open: number;
}

export interface ClearanceFacts {
    openTransactions: number;
    openDisputes: number;
    openComplaints: number;
    openPenalties: number;
    /** Minor units owed to the platform, in the deposit currency. */
    owed: number;
}

export interface ClearanceState {
    startedOn: IsoDate;
    dueOn: IsoDate;
    daysLeft: number;
    overdue: boolean;
    items: ClearanceItem[];
    complete: boolean;
}

/** R-PEN-9: the 20-day clearance checklist (transactions, disputes, penalties, damages). */
export const clearanceState = (startedAt: IsoDateTime, facts: ClearanceFacts, today: IsoDate, clearanceDays: number): ClearanceState => {
    const startedOn = chinaDate(startedAt);
    const dueOn = addDays(startedOn, clearanceDays);
    const items: ClearanceItem[] = [
        { key: 'transactions', done: facts.openTransactions === 0, open: facts.openTransactions },
        { key: 'disputes', done: facts.openDisputes + facts.openComplaints === 0, open: facts.openDisputes + facts.openComplaints },
        { key: 'penalties', done: facts.openPenalties === 0, open: facts.openPenalties },
        { key: 'damages', done: facts.owed === 0, open: facts.owed },
    ];
    const daysLeft = daysBetween(today, dueOn);
    return { startedOn, dueOn, daysLeft, overdue: daysLeft < 0, items, complete: items.every(i => i.done) };
};

/** R-DEP-7: the earliest day a refund may be requested after the store closed, quiet since. */
export const refundQuietUntil = (closedAt: IsoDateTime, quietMonths: number): IsoDate => addMonths(chinaDate(closedAt), quietMonths);

// ---------- R-PEN-8: public notice ----------

export interface PublicNotice {
    title: string;
    body: string;
}

/** The notice the platform may publish (R-PEN-8): store name, violation and measures taken. */
export const publicNotice = (
    penalty: Pick<Penalty, 'ground' | 'measures' | 'startsOn' | 'endsOn'>,
    storeName: string,
    locale: 'en' | 'zh',
    measureLabel: (type: MeasureType) => string,
): PublicNotice => {
    const ground = groundByCode(penalty.ground.code ?? null);
    const violation = penalty.ground.kind === 'complaint'
        ? locale === 'zh' ? `经投诉核实的违规（投诉 ${penalty.ground.complaintId}）` : `a violation established on complaint ${penalty.ground.complaintId}`
        : ground ? (locale === 'zh' ? ground.zh : ground.en.toLowerCase()) : penalty.ground.description;
    const measures = penalty.measures.map(m => measureLabel(m.type)).join(locale === 'zh' ? '、' : ', ');
    if (locale === 'zh')
        return {
            title: `关于对“${storeName}”采取市场管理措施的公告`,
            body: `经查，“${storeName}”存在${violation}的行为。平台依据规则自 ${penalty.startsOn} 起对其采取以下措施：${measures}${penalty.endsOn ? `，至 ${penalty.endsOn} 止` : ''}。`,
        };
    return {
        title: `Notice of market management measures: “${storeName}”`,
        body: `The platform found that the store “${storeName}” committed ${violation}. Under the platform rules the following measures apply from ${penalty.startsOn}${penalty.endsOn ? ` until ${penalty.endsOn}` : ''}: ${measures}.`,
    };
};
