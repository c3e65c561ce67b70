// Build alias for `object.entries` (vite.config.ts). node-polyglot (react-admin's i18n) requires
// that polyfill, whose `callBind(Object.entries, Object)` pulls about 30 KB of es-abstract
// helpers (get-intrinsic, object-keys, ...) into the first page. Every browser the console
// supports has Object.entries, and the polyfill calls exactly it; so does this.
'use strict';

module.exports = function entries(O) {
    return Object.entries(O);
};
