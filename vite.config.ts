import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
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
            const startup = new Set<string>();
            if (entry && entry.type === 'chunk') for (const dyn of entry.dynamicImports) withImports(dyn, startup);
            for (const file of startup) {
                if (!alreadyLoaded.has(file)) tags.push(`<link rel="modulepreload" crossorigin href="${base}${file}">`);
            }
            for (const file of startup) alreadyLoaded.add(file);
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
            if (Object.keys(routes).length) {
                // The resource name is the folder name in this repository (src/<resource>/).
                const script = `(function(){var R=${JSON.stringify(routes)};var m=location.hash.match(/^#\\/([a-z0-9-]+)(?:\\/([^/?]+))?(?:\\/(show))?/);if(!m)return;var v=m[3]?'show':m[2]==='create'?'create':m[2]?'edit':'list';(R[m[1]+'/'+v]||[]).forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;document.head.appendChild(l);});})();`;
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

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ isSsrBuild, mode }) => {
    const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
    return {
        plugins: [react(), preloadFirstPage(), dropMockWorkerForRealApi(env.VITE_API_URL)],
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
        // `npm start` prints http://127.0.0.1:5173/ and opens it on the mock API.
        server: { port: 5173, host: '127.0.0.1', open: !process.env.CI && !process.env.NO_OPEN },
        preview: { port: 4173, host: '127.0.0.1' },
        build: {
            sourcemap: false,
            chunkSizeWarningLimit: 2000,
            rolldownOptions: {
                output: {
                    codeSplitting: {
                        groups: VENDOR_GROUPS.map((g, i) => ({ name: g.name, test: g.test, priority: VENDOR_GROUPS.length - i })),
                    },
                },
            },
        },
    };
});
