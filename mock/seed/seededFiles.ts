// The seed's file records, made when read until the `files` collection is generated (issue 8).
// 55,000 records on the large seed, 40,000 of them the merchants' licences and certificates, which
// a merchant's licence tab reads one or two at a time. They are made from what the merchants part
// drew (SeededDocuments); the complaints' evidence files are handed over by the complaints part
// when it is generated, and are few enough to keep.
import type { FileRecord } from '../../src/domain';
import type { SeededFileSource } from '../services/files';
import type { SeededDocuments } from './merchants';

export class SeededFiles implements SeededFileSource {
    private complaintFiles: FileRecord[] | null = null;
    private complaintIndex: Map<string, number> | null = null;

    /** `makeComplaints` generates the complaints part, which hands its files over (addComplaintFiles). */
    constructor(
        private readonly documents: SeededDocuments,
        private readonly makeComplaints: () => void,
    ) {}

    /** The complaints part's evidence and restoration files, in the order it made them. */
    addComplaintFiles(files: FileRecord[]) {
        this.complaintFiles = files;
        this.complaintIndex = null;
    }

    private complaints(): FileRecord[] {
        if (!this.complaintFiles) this.makeComplaints();
        return this.complaintFiles ?? [];
    }

    private complaintPosition(id: string): number | undefined {
        const files = this.complaints();
        this.complaintIndex ??= new Map(files.map((f, k) => [f.id, k]));
        return this.complaintIndex.get(id);
    }

    fileOf(id: string): FileRecord | undefined {
        const own = this.documents.fileOf(id);
        if (own) return own;
        const k = this.complaintPosition(id);
        return k === undefined ? undefined : this.complaints()[k];
    }

    position(id: string): number | undefined {
        const own = this.documents.filePosition(id);
        if (own !== undefined) return own;
        const k = this.complaintPosition(id);
        // After every merchant file, whatever their number.
        return k === undefined ? undefined : Number.MAX_SAFE_INTEGER / 2 + k;
    }

    /** Every seed file record in the order the seed always stored them: the merchants' first, then the complaints'. */
    all(): FileRecord[] {
        return [...this.documents.files(), ...this.complaints()];
    }
}
