// Merchant documents (R-REG-2, R-REG-7, R-REG-11): licence fields validated (USCC check
// character, establishment not in the future, expiry not before issue), files uploaded through
// POST /files, and a review status set by compliance.
import {
    BUSINESS_TYPES,
    daysBetween,
    DOCUMENT_TYPES,
    isIsoDate,
    usccProblem,
    usccProblemMessage,
    type LicenceFields,
    type Merchant,
    type MerchantDocument,
} from '../../src/domain';
import type { Ctx } from '../core/context';
import { assertValid, conflict, notFound } from '../core/errors';
import { resourceRoutes, type ResourceDefinition } from '../core/resource';
import type { Route } from '../core/router';
import { documentsOf } from '../services/registrationIndex';
import { fileOf } from '../services/files';

const LICENCE_TEXT: Array<keyof LicenceFields> = ['registeredName', 'legalRepresentative', 'residence', 'businessScope', 'issuingAuthority'];

/** Field errors for a document after applying the input (nothing is saved when any). */
export const validateDocument = (doc: MerchantDocument, ctx: Ctx): Record<string, string> => {
    const errors: Record<string, string> = {};
    const today = ctx.today();
    if (!(DOCUMENT_TYPES as readonly string[]).includes(doc.type)) errors.type = `One of: ${DOCUMENT_TYPES.join(', ')}`;
    if (typeof doc.title !== 'string' || !doc.title.trim()) errors.title = 'Required';
    if (!Array.isArray(doc.fileIds) || doc.fileIds.length === 0) errors.fileIds = 'Attach the scan (image or PDF) uploaded through POST /files (R-REG-2)';
    else if (doc.fileIds.some(id => typeof id !== 'string' || !fileOf(ctx, id))) errors.fileIds = 'Unknown file: upload it through POST /files first';
    if (!isIsoDate(doc.issuedOn)) errors.issuedOn = 'Give the issue date as YYYY-MM-DD';
    else if (daysBetween(today, doc.issuedOn) > 0) errors.issuedOn = 'The issue date cannot be in the future';
    if (doc.expiresOn !== null && doc.expiresOn !== undefined) {
        if (!isIsoDate(doc.expiresOn)) errors.expiresOn = 'Give the expiry date as YYYY-MM-DD, or leave it empty for no fixed expiry';
        else if (isIsoDate(doc.issuedOn) && daysBetween(doc.issuedOn, doc.expiresOn) < 0) errors.expiresOn = 'The expiry date cannot be before the issue date';
    }
    if (typeof doc.printedCopyReceived !== 'boolean') errors.printedCopyReceived = 'Yes or no';
    if (doc.type === 'business_licence') {
        const l = doc.licence;
        if (!l) errors.licence = 'A business licence carries its fields (R-REG-7)';
        else {
            if (typeof l.uscc !== 'string' || !l.uscc.trim()) errors['licence.uscc'] = 'Required (R-REG-7)';
            else {
                const p = usccProblem(l.uscc);
                if (p) errors['licence.uscc'] = usccProblemMessage[p];
            }
            for (const f of LICENCE_TEXT) if (typeof l[f] !== 'string' || !(l[f] as string).trim()) errors[`licence.${f}`] = 'Required (R-REG-7)';
            if (!(BUSINESS_TYPES as readonly string[]).includes(l.businessType)) errors['licence.businessType'] = 'Choose a business type';
            if (typeof l.registeredCapital !== 'number' || !Number.isSafeInteger(l.registeredCapital) || l.registeredCapital < 0)
                errors['licence.registeredCapital'] = 'A whole amount in fen, not negative';
            if (!isIsoDate(l.establishedOn)) errors['licence.establishedOn'] = 'Give the date as YYYY-MM-DD';
            else if (daysBetween(today, l.establishedOn) > 0) errors['licence.establishedOn'] = 'The date of establishment cannot be in the future';
            if (l.businessTermEnd !== null && l.businessTermEnd !== undefined && !isIsoDate(l.businessTermEnd)) errors['licence.businessTermEnd'] = 'YYYY-MM-DD or empty';
        }
    }
    return errors;
};

const EDITABLE: Array<keyof MerchantDocument> = ['title', 'fileIds', 'issuedOn', 'expiresOn', 'licence', 'printedCopyReceived'];

const normalise = (doc: MerchantDocument): MerchantDocument => ({
    ...doc,
    expiresOn: doc.expiresOn === '' ? null : doc.expiresOn,
    licence: doc.licence ? { ...doc.licence, uscc: String(doc.licence.uscc ?? '').trim().toUpperCase(), businessTermEnd: doc.licence.businessTermEnd || null } : doc.licence,
});

export const documentDefinition: ResourceDefinition<MerchantDocument> = {
    name: 'documents',
    searchFields: ['title', 'merchantId', 'licence.uscc', 'licence.registeredName'],
    readOnlyReason: 'Documents are a record of what the merchant submitted: they cannot be deleted.',
    merchantIdOf: d => d.merchantId,
    // A merchant's documents tab: made from the seed for that merchant alone while the documents
    // are not made whole (issue 8, documentsOf).
    scoped: (filter, ctx) => (typeof filter.merchantId === 'string' && ctx.db.isDeferred('documents') ? documentsOf(ctx, filter.merchantId) : null),
    create: (input, ctx) => {
        const merchant = typeof input.merchantId === 'string' ? ctx.db.get<Merchant>('merchants', input.merchantId) : undefined;
        const doc = normalise({
            id: ctx.db.nextId('DOC'),
            merchantId: merchant?.id ?? '',
            type: input.type as MerchantDocument['type'],
            title: input.title as string,
            fileIds: (input.fileIds as string[]) ?? [],
            issuedOn: input.issuedOn as string,
            expiresOn: (input.expiresOn as string | null) ?? null,
            reviewStatus: 'pending',
            reviewNote: '',
            licence: (input.licence as LicenceFields | null) ?? null,
            printedCopyReceived: input.printedCopyReceived === undefined ? false : (input.printedCopyReceived as boolean),
            uploadedAt: ctx.now(),
        });
        const errors = validateDocument(doc, ctx);
        if (!merchant) errors.merchantId = 'Choose an existing merchant';
        assertValid(errors, 'The document is not valid; nothing was saved.');
        return doc;
    },
    update: (existing, input, ctx) => {
        const patch: Partial<MerchantDocument> = {};
        for (const f of EDITABLE) if (f in input) (patch as Record<string, unknown>)[f] = input[f];
        const updated = normalise({ ...existing, ...patch });
        assertValid(validateDocument(updated, ctx), 'Some fields are not valid; nothing was saved.');
        return updated;
    },
};

const routes: Route[] = [
    {
        method: 'POST',
        path: '/documents/:id/review',
        write: true,
        summary: 'Approve or reject a document {status: approved|rejected, note} (R-REG-2)',
        handler: ctx => {
            ctx.require('documents', 'review', 'review documents');
            const doc = ctx.db.get<MerchantDocument>('documents', ctx.params.id);
            if (!doc) throw notFound('documents', ctx.params.id);
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            const errors: Record<string, string> = {};
            if (body.status !== 'approved' && body.status !== 'rejected') errors.status = 'Approved or rejected';
            const note = typeof body.note === 'string' ? body.note.trim() : '';
            if (body.status === 'rejected' && note.length < 3) errors.note = 'Say why the document is rejected';
            assertValid(errors);
            if (doc.reviewStatus === body.status) throw conflict(`The document is already ${doc.reviewStatus}.`);
            const updated: MerchantDocument = { ...doc, reviewStatus: body.status as 'approved', reviewNote: note };
            ctx.db.put('documents', updated);
            ctx.audit({ action: `review:${body.status}`, resource: 'documents', recordId: doc.id, merchantId: doc.merchantId, before: { reviewStatus: doc.reviewStatus }, after: { reviewStatus: updated.reviewStatus }, reason: note });
            return { body: updated };
        },
    },
];

export const documentRoutes: Route[] = [...routes, ...resourceRoutes(documentDefinition)];
