// The seed's deduction notices (R-DEP-4), made from the seed's ledger when read (issue 8). The
// seed sends two notices, e-mail and in-site letter, for each deduction it posts: 80,000 notices
// on the large seed, which held about 10 MB of the mock worker's heap when built ahead. Only the
// notices list reads them all; a merchant's notices tab reads one merchant's, which are made from
// that merchant's entries in the ledger's columns.
import { DEFAULT_SETTINGS, type LedgerEntry, type Notice } from '../../src/domain';
import { GROUND_TEXT } from '../services/ledger';
import { isoInstant } from './context';
import { ledgerEntryId, type SeededLedger } from './seededLedger';

const CHANNELS = ['email', 'in_site'] as const;

/** Notice ids in the order the seed sends them: the k-th deduction's e-mail is NTC-DEP-(2k+1), its letter NTC-DEP-(2k+2). */
const noticeId = (n: number) => `NTC-DEP-${String(n).padStart(6, '0')}`;

export class SeededNotices {
    /** Per ledger rank, the deduction's position among the seed's deductions (-1: not a deduction). Made on first use. */
    private ordinals: Int32Array | null = null;
    /**
     * One subject and text per distinct deduction (amount, currency, ground, note), shared by the
     * notices that say the same: a few thousand texts for 80,000 notices on the large seed instead
     * of a copy each (about 27 MB of the worker's heap).
     */
    private readonly texts = new Map<string, { subject: string; content: string }>();

    constructor(private readonly ledger: SeededLedger) {}

    private textOf(e: LedgerEntry) {
        const key = `${e.currency}|${e.amount}|${e.ground}|${e.note}`;
        let text = this.texts.get(key);
        if (!text) {
            const major = (e.amount / 100).toFixed(2);
            text = {
                subject: `保证金扣除通知 Deposit deduction ${e.currency} ${major}`,
                content: `我们从您的保证金中扣除了 ${e.currency} ${major}。扣除原因：${GROUND_TEXT[e.ground!].zh}。\n\nWe deducted ${e.currency} ${major} from your security deposit. Reason: ${GROUND_TEXT[e.ground!].en}. Note: ${e.note}.`,
            };
            this.texts.set(key, text);
        }
        return text;
    }

    /** The two notices of the deduction e, the `ordinal`-th (from 0) the seed posted. */
    private noticesOf(e: LedgerEntry, ordinal: number): Notice[] {
        const { subject, content } = this.textOf(e);
        return CHANNELS.map((channel, c) => ({
            id: noticeId(2 * ordinal + c + 1),
            merchantId: e.merchantId,
            kind: 'deposit_deduction',
            channel,
            subject,
            content,
            sentAt: e.postedAt,
            deemedDeliveredAt: channel === 'email' ? isoInstant(Date.parse(e.postedAt) + DEFAULT_SETTINGS.emailDeemedDeliveredHours * 3_600_000) : e.postedAt,
            sentBy: e.postedBy,
            resource: 'ledger-entries',
            recordId: e.id,
        }));
    }

    private ordinalAt(rank: number): number {
        if (!this.ordinals) {
            const ordinals = new Int32Array(this.ledger.size);
            let next = 0;
            for (let i = 0; i < ordinals.length; i++) ordinals[i] = this.ledger.typeAt(i) === 'deduction' ? next++ : -1;
            this.ordinals = ordinals;
        }
        return this.ordinals[rank];
    }

    /** Every notice, in the order the seed sent them (ledger order, e-mail first). */
    all(): Notice[] {
        const notices: Notice[] = [];
        let ordinal = 0;
        this.ledger.forEach(e => {
            if (e.type === 'deduction') notices.push(...this.noticesOf(e, ordinal++));
        });
        return notices;
    }

    /** A merchant's notices, in the order of all(). */
    ofMerchant(merchantId: string): Notice[] {
        return this.ledger.ranksOfMerchant(merchantId).flatMap(rank => (this.ledger.typeAt(rank) === 'deduction' ? this.noticesOf(this.ledger.peek(rank), this.ordinalAt(rank)) : []));
    }

    /** The notices about one record, in the order of all(): the seed's are all about ledger entries. */
    about(resource: string, recordId: string): Notice[] {
        if (resource !== 'ledger-entries') return [];
        const rank = Number(/^LE-(\d+)$/.exec(recordId)?.[1] ?? 0) - 1;
        if (!(rank >= 0 && rank < this.ledger.size) || ledgerEntryId(rank) !== recordId || this.ledger.typeAt(rank) !== 'deduction') return [];
        return this.noticesOf(this.ledger.peek(rank), this.ordinalAt(rank));
    }
}
