import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, parseAst, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Build tuning for the performance budget (issue 8, bench/README.md).

/**
 * Vendor chunks, for caching across deploys: libraries change less often than the console.
 * Only libraries the first page needs whole are grouped: React, and msw for the mock. MUI and
 * react-admin are left to the bundler's automatic splitting, because their barrel files make
 * every component look "imported by the entry": grouping them would pull the components of
 * lazy pages (Datagrid, dialogs, inputs) into every first load.
 */
const VENDOR_GROUPS: Array<{ name: string; test: RegExp }> = [
    { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
    {
        name: 'vendor-msw',
        test: /[\\/]node_modules[\\/](msw|@mswjs|@open-draft|headers-polyfill|rettime|path-to-regexp|strict-event-emitter|outvariant|is-node-process|until-async|cookie|set-cookie-parser|statuses|graphql)[\\/]/,
    },
];

/**
 * Starts downloads before the app's code has run:
 * - the app and the mock API chunks main.tsx imports: fetched in parallel from the HTML,
 *   instead of the mock after the app (the reference app lost ~0.3 s that way);
 * - the chunk of the page the URL opens (e.g. #/merchants → the merchant list), which would
 *   otherwise only be requested once react-admin has rendered the route.
 */
const preloadFirstPage = (): Plugin => ({
    name: 'tradeward-preload-first-page',
    apply: 'build',
    transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
            if (!ctx.bundle) return html;
            const base = '/';
            const chunks = Object.values(ctx.bundle).filter(c => c.type === 'chunk');
            const byFile = new Map(chunks.map(c => [c.fileName, c]));
            const withImports = (fileName: string, out = new Set<string>()) => {
                if (out.has(fileName)) return out;
                out.add(fileName);
                const chunk = byFile.get(fileName);
                if (chunk && chunk.type === 'chunk') for (const dep of chunk.imports) withImports(dep, out);
                return out;
            };
            const entry = chunks.find(c => c.type === 'chunk' && c.isEntry);
            const alreadyLoaded = entry ? withImports(entry.fileName) : new Set<string>();
            const tags: string[] = [];
            // The mock API's worker (mock builds): started by the first script of the page, before
            // the browser queues the app's chunks, because the seed it builds is the longest part
            // of the first load. main.tsx takes this worker over (or starts one itself in dev).
            const mockWorker = Object.values(ctx.bundle).find(c => /(^|\/)mockApiWorker-[^/]+\.js$/.test(c.fileName));
            const earlyTags: string[] = [];
            if (mockWorker)
                earlyTags.push(`<script>window.__tradewardMockWorker=new Worker(${JSON.stringify(base + mockWorker.fileName)},{type:'module',name:'tradeward-mock-api'})</script>`);
            // What main.tsx imports dynamically (the app, and the mock in mock builds), with
            // their static imports: all requested by the HTML, so nothing waits for the entry.
            // The messages of one language (src/i18n/locales/<locale>.ts) are set apart: the
            // inline script below requests the one the console will start in.
            const startup = new Set<string>();
            const languageChunks: Record<string, string> = {};
            if (entry && entry.type === 'chunk')
                for (const dyn of entry.dynamicImports) {
                    const language = byFile.get(dyn)?.facadeModuleId?.match(LANGUAGE_MODULE)?.[1];
                    if (language) languageChunks[language] = dyn;
                    else withImports(dyn, startup);
                }
            for (const file of startup) {
                if (!alreadyLoaded.has(file)) tags.push(`<link rel="modulepreload" crossorigin href="${base}${file}">`);
            }
            for (const file of startup) alreadyLoaded.add(file);
            const languages: Record<string, string[]> = {};
            for (const [language, file] of Object.entries(languageChunks))
                languages[language] = [...withImports(file)].filter(f => !alreadyLoaded.has(f)).map(f => `${base}${f}`);
            // Route chunks: src/<resource>/<Name>(List|Show|Edit|Create).tsx loaded by lazy().
            const routes: Record<string, string[]> = {};
            for (const c of chunks) {
                if (c.type !== 'chunk' || !c.facadeModuleId || !c.isDynamicEntry) continue;
                const m = c.facadeModuleId.match(/[\\/]src[\\/]([a-z0-9-]+)[\\/][A-Za-z0-9]*(List|Show|Edit|Create)\.tsx$/);
                if (!m) continue;
                const [, folder, view] = m;
                const files = [...withImports(c.fileName)].filter(f => !alreadyLoaded.has(f)).map(f => `${base}${f}`);
                routes[`${folder}/${view.toLowerCase()}`] = files;
            }
            const preload = `function p(f){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l);}`;
            if (Object.keys(languages).length) {
                // The language main.tsx will load (src/i18n/locale.ts initialLocale): the stored
                // choice (RaStore.locale), else the browser's language, else English.
                const script = `(function(){${preload}var L=${JSON.stringify(languages)};var s=null;try{s=JSON.parse(localStorage.getItem('RaStore.locale'))}catch(e){}var n=navigator.language||'en';var k=s==='zh'||s==='en'?s:n.split('-')[0]==='zh'?'zh':'en';(L[k]||[]).forEach(p);})();`;
                tags.push(`<script>${script}</script>`);
            }
            if (Object.keys(routes).length) {
                // The resource name is the folder name in this repository (src/<resource>/).
                const script = `(function(){${preload}var R=${JSON.stringify(routes)};var m=location.hash.match(/^#\\/([a-z0-9-]+)(?:\\/([^/?]+))?(?:\\/(show))?/);if(!m)return;var v=m[3]?'show':m[2]==='create'?'create':m[2]?'edit':'list';(R[m[1]+'/'+v]||[]).forEach(p);})();`;
                tags.push(`<script>${script}</script>`);
            }
            if (earlyTags.length) html = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${earlyTags.join('\n    ')}`);
            return tags.length ? html.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`) : html;
        },
    },
});

/**
 * With VITE_API_URL set the console talks to a real API: the mock is never imported (see
 * src/main.tsx), and MSW's worker script, which Vite would copy from public/, is removed from
 * the output so the bundle contains no mock code at all (tests/build/realApiBuild.test.ts).
 */
const dropMockWorkerForRealApi = (apiUrl: string | undefined): Plugin => {
    let outDir = 'dist';
    return {
        name: 'tradeward:drop-mock-worker',
        apply: 'build',
        configResolved(config) {
            outDir = resolve(config.root, config.build.outDir);
        },
        writeBundle() {
            if (apiUrl) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
        },
    };
};

// One language per messages chunk (issue 8, bench/README.md).
//
// Every resource keeps its messages in src/<resource>/i18n.ts as `{ en, zh }` (the house rule:
// both languages side by side, checked for parity by tests/i18n). The console loads one language
// at startup and the other when the operator switches (src/i18n/locale.ts). The language
// modules src/i18n/locales/<locale>.ts import the same i18n.ts files; this plugin hands them a
// copy of each file in which the other language's half is `undefined`, so the bundler drops it:
// the English chunk carries no Chinese and the other way round. Nothing else changes: every
// other importer of an i18n.ts file (tests, src/i18n/index.ts, a page showing both languages)
// gets the file as written.
const LOCALES = ['en', 'zh'] as const;
type Locale = (typeof LOCALES)[number];

const QUERY = /\?locale=(en|zh)$/;
/** src/i18n/locales/<locale>.ts: the modules whose message imports get one language only. */
const LANGUAGE_MODULE = /[\\/]src[\\/]i18n[\\/]locales[\\/](en|zh)\.ts$/;
/** The files that hold `{ en, zh }` pairs, and src/i18n/resources.ts, which lists them. */
const MESSAGE_FILE = /[\\/]src[\\/](?:[a-z0-9-]+[\\/]i18n|i18n[\\/]rules|i18n[\\/]resources)\.ts$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const keyName = (key: Node) => (key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : null);

/** The object literal under `as …` / `satisfies …` wrappers, if any. */
const objectOf = (node: Node | null | undefined): Node | null => {
    while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression')) node = node.expression as Node;
    return node && node.type === 'ObjectExpression' ? node : null;
};

/**
 * The source of an i18n.ts file with the other language's half replaced by `undefined` in every
 * exported `{ en: …, zh: … }` object (`export const x = { en: {…}, zh: {…} }` or
 * `export const x = { en, zh }`). Returns null when the file exports no such object.
 */
export const keepOneLocale = (code: string, locale: Locale): string | null => {
    const program = parseAst(code, { lang: 'ts' }) as unknown as { body: Node[] };
    const edits: Array<{ start: number; end: number; text: string }> = [];
    for (const statement of program.body) {
        if (statement.type !== 'ExportNamedDeclaration') continue;
        const declaration = statement.declaration as Node | null;
        if (!declaration || declaration.type !== 'VariableDeclaration') continue;
        for (const declarator of declaration.declarations as Node[]) {
            const object = objectOf(declarator.init as Node);
            if (!object) continue;
            const props = (object.properties as Node[]).filter(p => p.type === 'Property' && !p.computed);
            const names = props.map(p => keyName(p.key as Node));
            if (!LOCALES.every(l => names.includes(l))) continue;
            for (const prop of props) {
                const name = keyName(prop.key as Node);
                if (name === locale || !LOCALES.includes(name as Locale)) continue;
                // Offsets are UTF-16 indexes (the files hold Chinese): check before editing.
                if (!code.slice(prop.start, prop.end).replace(/^['"]/, '').startsWith(name!)) throw new Error(`localeMessages: unexpected offsets for "${name}"`);
                edits.push({ start: prop.start, end: prop.end, text: `${name}: undefined as never` });
            }
        }
    }
    if (!edits.length) return null;
    let out = code;
    for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
};

const localeMessages = (): Plugin => ({
    name: 'tradeward:locale-messages',
    enforce: 'pre',
    async resolveId(source, importer, options) {
        if (!importer || !source.startsWith('.')) return null;
        const locale = importer.match(QUERY)?.[1] ?? importer.match(LANGUAGE_MODULE)?.[1];
        if (!locale) return null;
        const resolved = await this.resolve(source, importer.replace(QUERY, ''), { ...options, skipSelf: true });
        if (!resolved || resolved.external || !MESSAGE_FILE.test(resolved.id)) return resolved;
        return `${resolved.id}?locale=${locale}`;
    },
    load(id) {
        if (!QUERY.test(id)) return null;
        return { code: readFileSync(id.replace(QUERY, ''), 'utf8'), moduleType: 'ts' };
    },
    transform(code, id) {
        const locale = id.match(QUERY)?.[1] as Locale | undefined;
        if (!locale || /[\\/]i18n[\\/]resources\.ts/.test(id)) return null;
        const out = keepOneLocale(code, locale);
        if (out === null) this.warn(`${id}: no exported { en, zh } object found; the file is kept whole in the ${locale} messages`);
        return out === null ? null : { code: out, map: null };
    },
});

/**
 * src/domain/ is pure TypeScript (rules, types, tables: no module does anything when imported),
 * but it is reached through its barrel (`from '../domain'`), and a module whose top level calls
 * a function (a table built with `Object.fromEntries`, a memo `new Map()`) looks like it has side
 * effects, so the bundler kept every domain module whole wherever the barrel was imported. Saying
 * they have none lets the bundler keep only what a chunk uses (the first page needs a few
 * helpers, not the penalty and settings rules).
 */
const pureDomain = (): Plugin => ({
    name: 'tradeward:pure-domain',
    transform(code, id) {
        if (!/[\\/]src[\\/]domain[\\/][^?]*\.ts$/.test(id)) return null;
        return { code, map: null, moduleSideEffects: false };
    },
});

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * MUI's Popper engine loads when a tooltip or autocomplete first opens, or once the page is idle
 * (src/shims/lazyBasePopper.tsx): MUI's Popper.js gets the stand-in for its `./BasePopper.js`,
 * and the stand-in's `mui-base-popper` is the real file. Browser builds only.
 */
const lazyPopper = (): Plugin => ({
    name: 'tradeward:lazy-popper',
    enforce: 'pre',
    resolveId(source, importer) {
        if (source === './BasePopper.js' && importer && /[\\/]@mui[\\/]material[\\/]esm[\\/]Popper[\\/]Popper\.js$/.test(importer)) return local('./src/shims/lazyBasePopper.tsx');
        if (source === 'mui-base-popper') return local('./node_modules/@mui/material/esm/Popper/BasePopper.js');
        return null;
    },
});

export default defineConfig(({ isSsrBuild, mode }) => {
    const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
    return {
        plugins: [react(), localeMessages(), pureDomain(), ...(isSsrBuild ? [] : [lazyPopper()]), preloadFirstPage(), dropMockWorkerForRealApi(env.VITE_API_URL)],
        resolve: {
            // Browser-build stand-ins with the same behaviour and less code (bench/README.md):
            alias: isSsrBuild
                ? []
                : [
                      // msw's cookie jar, unused by the mock (bearer tokens): drops tldts.
                      { find: /^tough-cookie$/, replacement: local('./mock/shims/toughCookie.ts') },
                      // node-polyglot's Object.entries polyfill: drops es-abstract helpers.
                      { find: /^object\.entries$/, replacement: local('./src/shims/objectEntries.cjs') },
                      // react-admin's CSV exporter: loaded on the first export, not with every list.
                      { find: /^jsonexport\/dist\/index\.js$/, replacement: local('./src/shims/lazyJsonexport.ts') },
                  ],
        },
        // The mock API's worker imports idb-keyval; the dev server's dependency scan does not see
        // worker code, and discovering it later reloads the page under a running worker.
        optimizeDeps: { include: ['idb-keyval'] },
        // `npm start` prints http://127.0.0.1:5173/ and opens it on the mock API.
        server: { port: 5173, host: '127.0.0.1', open: !process.env.CI && !process.env.NO_OPEN },
        preview: { port: 4173, host: '127.0.0.1' },
        build: {
            sourcemap: false,
            chunkSizeWarningLimit: 2000,
            rolldownOptions: {
                output: {
                    codeSplitting: {
                        groups: [
                            ...VENDOR_GROUPS.map((g, i) => ({ name: g.name, test: g.test, priority: VENDOR_GROUPS.length + 1 - i })),
                            { name: 'App', test: /[\\/]src[\\/]App\.tsx$/, priority: 1, includeDependenciesRecursively: true },
                        ],
                    },
                },
            },
        },
    };
});
