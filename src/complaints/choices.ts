import { COMPLAINANT_TYPES, COMPLAINT_STATUSES, COMPLAINT_TYPES } from '../domain';

export const statusChoices = COMPLAINT_STATUSES.map(s => ({ id: s, name: `complaints.status.${s}` }));
export const typeChoices = COMPLAINT_TYPES.map(t => ({ id: t, name: `complaints.type.${t}` }));
export const complainantTypeChoices = COMPLAINANT_TYPES.map(t => ({ id: t, name: `complaints.complainant_type.${t}` }));
