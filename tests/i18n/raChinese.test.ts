// Chinese and English for every string (issue 2 point 7): react-admin's own messages and the
// console's messages have the same keys, placeholders and plural forms in both languages.
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { raChinese } from '../../src/i18n/raChinese';
import { messages } from '../../src/i18n';

const leaves = (tree: unknown, prefix = ''): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
        const path = prefix ? `${prefix}.${k}` : k;
        if (v && typeof v === 'object') for (const [p, x] of leaves(v, path)) out.set(p, x);
        else out.set(path, v);
    }
    return out;
};
const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map(m => m[1]).sort();
const pluralForms = (s: string) => s.split('||||').length;

describe('react-admin messages in Chinese', () => {
    const en = leaves(englishMessages);
    const zh = leaves(raChinese);

    it('has every key of ra-language-english', () => {
        const missing = [...en.keys()].filter(k => !zh.has(k));
        expect(missing).toEqual([]);
        expect(en.size).toBeGreaterThan(150);
    });

    it('has no key react-admin does not know', () => {
        expect([...zh.keys()].filter(k => !en.has(k))).toEqual([]);
    });

    it('is actually Chinese, keeps every placeholder and plural form', () => {
        for (const [key, english] of en) {
            const chinese = zh.get(key) as string;
            expect(typeof chinese, key).toBe('string');
            expect(placeholders(chinese), key).toEqual(placeholders(english as string));
            expect(pluralForms(chinese), key).toBe(pluralForms(english as string));
            if (/[a-z]{3}/i.test((english as string).replace(/%\{\w+\}/g, ''))) expect(chinese, key).toMatch(/[\u4e00-\u9fff]/);
        }
    });
});

describe('console messages', () => {
    it('every English message has a Chinese one with the same placeholders, and the other way round', () => {
        const en = leaves(messages.en);
        const zh = leaves(messages.zh);
        expect([...en.keys()].filter(k => !zh.has(k))).toEqual([]);
        expect([...zh.keys()].filter(k => !en.has(k))).toEqual([]);
        for (const [key, english] of en) {
            if (typeof english !== 'string') continue;
            expect(placeholders(zh.get(key) as string), key).toEqual(placeholders(english));
        }
    });
});
