// @vitest-environment node
// Issue 8: the first page carries the messages of one language. A real `vite build` (real-API
// mode, as bench/run.mjs builds it): the chunks loaded at startup (the entry, the app and what
// they import) hold no resource message in either language; the English messages chunk holds
// every English resource message and no Chinese one, the Chinese chunk the other way round.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { resourceMessages } from '../../src/i18n/resources';

const root = join(__dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'tradeward-languages-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

const build = () => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
        cwd: root,
        env: { ...process.env, VITE_API_URL: 'https://api.example.test', NODE_ENV: 'production' },
        encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
    const text = (key: string) => {
        if (!manifest[key]) throw new Error(`${key} is not a chunk of its own: something imports it statically`);
        return readFileSync(join(outDir, manifest[key].file), 'utf8');
    };
    const withImports = (key: string, out = new Set<string>()) => {
        if (out.has(key) || !manifest[key]) return out;
        out.add(key);
        for (const dep of manifest[key].imports ?? []) withImports(dep, out);
        return out;
    };
    const entry = Object.keys(manifest).find(k => manifest[k].isEntry)!;
    const language = (key: string) => /^src\/i18n\/locales\/(en|zh)\.ts$/.exec(key)?.[1];
    const startup = withImports(entry);
    for (const key of manifest[entry].dynamicImports ?? []) if (!language(key)) withImports(key, startup);
    return {
        startup: [...startup].map(text).join('\n'),
        en: text('src/i18n/locales/en.ts'),
        zh: text('src/i18n/locales/zh.ts'),
        languageChunks: (manifest[entry].dynamicImports ?? []).filter(language),
    };
};

/** Message texts that a minifier writes as they are (no quotes, backslashes or template syntax). */
const leaves = (tree: unknown, out: string[] = []) => {
    if (typeof tree === 'string') out.push(tree);
    else if (tree && typeof tree === 'object') for (const x of Object.values(tree)) leaves(x, out);
    return out;
};
// react-admin's own English messages are in the app chunk anyway (its default i18nProvider).
const reactAdmin = new Set(leaves(englishMessages));
const texts = (locale: 'en' | 'zh') => [
    ...new Set(resourceMessages.flatMap(m => leaves(m[locale])).filter(t => t.length >= 12 && !/["'`\\\n$]/.test(t) && !reactAdmin.has(t))),
];

describe('one language on the first page', () => {
    const bundle = build();
    // Texts the same in both languages (a format, a code) say nothing about which language a chunk holds.
    const same = new Set(texts('en').filter(t => texts('zh').includes(t)));
    const en = texts('en').filter(t => !same.has(t));
    const zh = texts('zh').filter(t => !same.has(t));

    it('has a messages chunk per language, loaded by the entry', () => {
        expect(bundle.languageChunks.sort()).toEqual(['src/i18n/locales/en.ts', 'src/i18n/locales/zh.ts']);
        expect(en.length).toBeGreaterThan(200);
        expect(zh.length).toBeGreaterThan(200);
    });

    it('loads no resource message with the app at startup', () => {
        expect(en.filter(t => bundle.startup.includes(t))).toEqual([]);
        expect(zh.filter(t => bundle.startup.includes(t))).toEqual([]);
    });

    it('keeps every English message in the English chunk and none in the Chinese one, and the other way round', () => {
        expect(en.filter(t => !bundle.en.includes(t))).toEqual([]);
        expect(zh.filter(t => !bundle.zh.includes(t))).toEqual([]);
        expect(en.filter(t => bundle.zh.includes(t))).toEqual([]);
        expect(zh.filter(t => bundle.en.includes(t))).toEqual([]);
    });
}, 120_000);
