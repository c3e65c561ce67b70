// @vitest-environment node
// Issue 8: each language's messages are a chunk of their own. vite.config.ts's localeMessages
// plugin gives src/i18n/locales/<locale>.ts a copy of every i18n.ts file without the other
// language's half. Checked on every real i18n.ts file: the kept half is exactly the file's own,
// the other half is gone.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformWithOxc } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { keepOneLocale } from '../../vite.config';

const root = join(__dirname, '..', '..');
const src = join(root, 'src');
const files = [
    ...readdirSync(src, { withFileTypes: true })
        .filter(d => d.isDirectory())
        .map(d => join(src, d.name, 'i18n.ts'))
        .filter(f => {
            try {
                readFileSync(f);
                return true;
            } catch {
                return false;
            }
        }),
    join(src, 'i18n', 'rules.ts'),
];
const dir = mkdtempSync(join(tmpdir(), 'tradeward-locale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Evaluates TypeScript source (type imports only) as a module. */
const evaluate = async (code: string, name: string) => {
    const { code: js } = await transformWithOxc(code, `${name}.ts`, { lang: 'ts' });
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, js);
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, { en?: unknown; zh?: unknown }>;
};

describe('one language per messages chunk', () => {
    it('finds the message files', () => {
        expect(files.length).toBeGreaterThan(15);
    });

    for (const file of files) {
        const name = file.slice(src.length + 1).replace(/[\\/]/g, '_').replace(/\.ts$/, '');
        it(`${name}: keeps exactly one language of every exported { en, zh }`, async () => {
            const code = readFileSync(file, 'utf8');
            const original = await evaluate(code, `${name}-both`);
            const pairs = Object.entries(original).filter(([, v]) => v && typeof v === 'object' && 'en' in v && 'zh' in v);
            expect(pairs.length).toBeGreaterThan(0);
            for (const locale of ['en', 'zh'] as const) {
                const other = locale === 'en' ? 'zh' : 'en';
                const kept = keepOneLocale(code, locale);
                expect(kept, `${file} has an exported { en, zh } object`).not.toBeNull();
                const one = await evaluate(kept!, `${name}-${locale}`);
                for (const [exportName, value] of pairs) {
                    expect(one[exportName][locale], `${exportName}.${locale}`).toEqual(value[locale]);
                    expect(one[exportName][other], `${exportName}.${other}`).toBeUndefined();
                }
            }
        });
    }

    it('leaves a file without an { en, zh } export alone', () => {
        expect(keepOneLocale('export const x = { en: 1 };\nexport const zh = 2;', 'en')).toBeNull();
    });
});
