// Evidence is read and added on the complaint page; the resource is registered (no menu entry)
// so react-admin's data hooks and cache know it.
// No re-exports here: App.tsx imports this file at startup, so whatever it re-exports would be
// loaded with the first page (bench/README.md). Import components from their own files.

export default {
    name: 'evidence',
    recordRepresentation: 'description',
};
