/** Form-level hint mirroring the API: expiry not before issue (the API decides). */
export const validateDocumentDates = (values: { issuedOn?: string; expiresOn?: string | null }) => {
    const errors: Record<string, string> = {};
    if (values.issuedOn && values.expiresOn && values.expiresOn < values.issuedOn) errors.expiresOn = 'The expiry date cannot be before the issue date';
    return errors;
};
