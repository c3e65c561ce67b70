// A tiny static server for the benchmark: serves several build folders under URL prefixes
// from one origin, gzip-compressed like a production web server (so the browser's
// encodedBodySize is the gzip size), with SPA fallback to each folder's index.html.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/** mounts: [{ prefix: '/floor/', dir }, { prefix: '/', dir }] — longest prefix first. */
export const serve = (mounts, { host = '127.0.0.1', port = 0 } = {}) => {
    const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
    const cache = new Map();
    const read = file => {
        let hit = cache.get(file);
        if (!hit) {
            const raw = readFileSync(file);
            const ext = extname(file);
            hit = { raw, gz: COMPRESS.has(ext) ? gzipSync(raw) : null, type: TYPES[ext] ?? 'application/octet-stream' };
            cache.set(file, hit);
        }
        return hit;
    };
    const server = createServer((req, res) => {
        const url = new URL(req.url, 'http://x');
        const mount = sorted.find(m => url.pathname.startsWith(m.prefix) || `${url.pathname}/` === m.prefix);
        if (!mount) {
            res.writeHead(404).end();
            return;
        }
        const rel = normalize(decodeURIComponent(url.pathname.slice(mount.prefix.length))).replace(/^(\.\.[/\\])+/, '');
        let file = join(mount.dir, rel);
        try {
            if (!statSync(file).isFile()) file = join(mount.dir, 'index.html');
        } catch {
            file = join(mount.dir, 'index.html');
        }
        const { raw, gz, type } = read(file);
        const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        const headers = {
            'Content-Type': type,
            // Hashed assets may be cached; the benchmark clears the cache before each cold run.
            'Cache-Control': url.pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        if (file.endsWith('mockServiceWorker.js')) headers['Service-Worker-Allowed'] = '/';
        if (gz && acceptsGzip) {
            headers['Content-Encoding'] = 'gzip';
            headers['Content-Length'] = gz.length;
            res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : gz);
        } else {
            headers['Content-Length'] = raw.length;
            res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : raw);
        }
    });
    return new Promise(resolve => {
        server.listen(port, host, () => {
            const address = server.address();
            resolve({ url: `http://${host}:${address.port}`, close: () => new Promise(r => server.close(r)) });
        });
    });
};
