// Evidence is read and added on the complaint page; the resource is registered (no menu entry)
// so react-admin's data hooks and cache know it.
export { EvidencePanel } from './EvidencePanel';
export { evidenceMessages } from './i18n';

export default {
    name: 'evidence',
    recordRepresentation: 'description',
};
