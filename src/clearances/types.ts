import type { ClearanceState, Currency, MerchantStatus } from '../domain';

/** A row of GET /clearances (id = merchant id). */
export interface ClearanceRecord extends ClearanceState {
    id: string;
    merchantId: string;
    merchantName: string;
    storeName: string;
    status: MerchantStatus;
    clearanceStartedAt: string | null;
    closedAt: string | null;
    terminationPenaltyId: string | null;
    forfeitable: boolean;
    forfeitureApprovalId: string | null;
    currency: Currency;
    owed: number;
    balance: number | null;
    refundQuietUntil: string | null;
}
