// What each built chunk holds, by package: `npx vite build -c bench/analyze.config.mjs`
// (add VITE_API_URL=… for the real-API build). Sizes are the modules' rendered length before
// minification, so compare them with each other, not with gzip figures. PKG=<path part> also
// lists the modules whose path contains it.
import { mergeConfig } from 'vite';
import base from '../vite.config.ts';

export default async env =>
    mergeConfig(await base(env), {
        logLevel: 'warn',
        build: { outDir: 'dist/bench/analyze', emptyOutDir: true },
        plugins: [
            {
                name: 'tradeward-analyze',
                generateBundle(_options, bundle) {
                    for (const [name, chunk] of Object.entries(bundle)) {
                        if (chunk.type !== 'chunk' || chunk.code.length < 20_000) continue;
                        const groups = {};
                        for (const [id, m] of Object.entries(chunk.modules)) {
                            const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
                            const key = pkg ? pkg[1] : id.replace(process.cwd() + '/', '').split('/').slice(0, 2).join('/');
                            groups[key] = (groups[key] ?? 0) + m.renderedLength;
                        }
                        const total = Object.values(groups).reduce((a, b) => a + b, 0);
                        console.log(`\n${name}: ${chunk.code.length} bytes minified`);
                        for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 25))
                            console.log(`  ${String(v).padStart(8)} ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
                        if (process.env.PKG)
                            for (const [id, m] of Object.entries(chunk.modules)) if (id.includes(process.env.PKG)) console.log(`     ${m.renderedLength} ${id}`);
                    }
                },
            },
        ],
    });
