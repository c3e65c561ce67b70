import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig(({ mode }) => {
    const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
    return {
        plugins: [react(), dropMockWorkerForRealApi(env.VITE_API_URL)],
        // `npm start` prints http://127.0.0.1:5173/ and opens it on the mock API.
        server: { port: 5173, host: '127.0.0.1', open: !process.env.CI && !process.env.NO_OPEN },
        preview: { port: 4173, host: '127.0.0.1' },
        build: { sourcemap: false, chunkSizeWarningLimit: 2000 },
    };
});
