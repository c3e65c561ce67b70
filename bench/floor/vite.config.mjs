// Builds the floor page (bench/floor) the same way the console is built, served under /floor/.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: '/floor/',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: fileURLToPath(new URL('../../dist/bench/floor', import.meta.url)), emptyOutDir: true, manifest: true },
});
