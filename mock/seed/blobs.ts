// Bytes of seed files, generated from the file id on first read (see seedFileRecord).
import type { FileRecord } from '../../src/domain';
import { evidencePhoto } from './evidenceImages';
import { licenceImage, makePdf, photoImage } from './files';

const numberIn = (id: string) => Number(/(\d+)/.exec(id)?.[1] ?? 0);

export const seedBlob = (file: FileRecord): Uint8Array | null => {
    const n = numberIn(file.id);
    if (file.id.startsWith('file-lic-')) {
        return file.contentType === 'application/pdf'
            ? makePdf(['BUSINESS LICENCE (scan)', `Licence no. ${n}`, 'Issued by the market regulation authority'])
            : licenceImage(n);
    }
    if (file.id.startsWith('file-cert-')) return makePdf(['IMPORT AND EXPORT OPERATOR REGISTRATION', `Record no. ${n}`]);
    // Complaint evidence: "file-ev-<n>" (a copy reused in another case is "file-ev-<n>-copy-<k>":
    // same bytes, same SHA-256, flagged as duplicate evidence).
    if (file.id.startsWith('file-ev-')) {
        return file.contentType === 'application/pdf'
            ? makePdf(['EVIDENCE', file.name, `Exhibit ${n}`, 'Submitted in a complaint on the platform'])
            : evidencePhoto(n);
    }
    if (file.id.startsWith('file-')) {
        return file.contentType === 'application/pdf'
            ? makePdf(['SUPPORTING DOCUMENT', file.name, `Reference ${n}`])
            : photoImage(n);
    }
    return null;
};
