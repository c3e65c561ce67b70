// validateSettings speaks English (the mock API shares it); the Settings form shows its
// messages, and the API's 422 messages, in the operator's language.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n';
import { translateSettingsError } from '../../src/settings/errorMessages';

const zh = polyglotI18nProvider(() => messages.zh as never, 'zh');
const en = polyglotI18nProvider(() => messages.en as never, 'en');

describe('settings error messages', () => {
    it('translates the shared validation messages into Chinese with their numbers', () => {
        expect(translateSettingsError('Must be a whole number from 1 to 365', zh.translate)).toBe('必须是 1 到 365 之间的整数');
        expect(translateSettingsError('Each date must be YYYY-MM-DD within 2027', zh.translate)).toBe('每个日期须为 2027 年内的 YYYY-MM-DD 格式');
        expect(translateSettingsError('Required', zh.translate)).toBe('必填');
    });

    it('keeps English messages and passes unknown server messages through unchanged', () => {
        expect(translateSettingsError('Must be a whole number from 0 to 50', en.translate)).toBe('Must be a whole number from 0 to 50');
        expect(translateSettingsError('Lower than a category requirement', zh.translate)).toBe('Lower than a category requirement');
    });
});
