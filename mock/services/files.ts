// File records as the API reads them while the seed's are not generated (issue 8): the `files`
// collection is made on demand (mock/seed/index.ts), and until then a file is read by id from the
// seed (SeededFiles, the part's Database.defer source): a merchant's licence tab, a complaint's evidence, a write checking that the
// files it names exist. Any read of the whole collection or any write to it (an upload) generates
// it first, so until then the seed's answer is the collection's answer.
import type { FileRecord } from '../../src/domain';
import type { Ctx } from '../core/context';

export interface SeededFileSource {
    /** A seed file record by id (undefined: the seed made none). */
    fileOf(id: string): FileRecord | undefined;
    /** Its place in the collection's storage order, to sort a few by (undefined: the seed made none). */
    position(id: string): number | undefined;
}

const seededFor = (ctx: Ctx) => ctx.db.seedSource<SeededFileSource>('files');

/** A file record by id. */
export const fileOf = (ctx: Ctx, id: string): FileRecord | undefined => {
    const seeded = seededFor(ctx);
    return seeded ? seeded.fileOf(id) : ctx.db.get<FileRecord>('files', id);
};

/** The files with these ids, in storage order, from the seed while the collection is not generated; null once it is (read the collection). */
export const seededFilesByIds = (ctx: Ctx, ids: readonly string[]): FileRecord[] | null => {
    const seeded = seededFor(ctx);
    if (!seeded) return null;
    const found = [...new Set(ids)].flatMap(id => {
        const file = seeded.fileOf(id);
        return file ? [{ file, position: seeded.position(id)! }] : [];
    });
    return found.sort((a, b) => a.position - b.position).map(f => f.file);
};
