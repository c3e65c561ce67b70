import type { DetectedGround, MeasureType } from '../domain';

/** A row of GET /penalty-suggestions. */
export interface PenaltySuggestionRecord extends DetectedGround {
    id: string;
    merchantId: string;
    merchantName: string;
    storeName: string;
    merchantStatus: string;
    groundCode: string;
    suggestedMeasures: MeasureType[];
}
