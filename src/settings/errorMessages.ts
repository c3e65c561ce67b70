// validateSettings (src/domain/settings.ts) speaks English because the mock API shares it;
// the form shows its messages in the operator's language.
type Translate = (key: string, options?: Record<string, unknown>) => string;

const PATTERNS: Array<[RegExp, string, (m: RegExpExecArray) => Record<string, unknown>]> = [
    [/^Must be a whole number from (\d+) to (\d+)$/, 'settings.errors.whole_range', m => ({ min: m[1], max: m[2] })],
    [/^Must be a positive amount in minor units$/, 'settings.errors.positive_amount', () => ({})],
    [/^Enter an amount such as/, 'settings.errors.money_format', () => ({})],
    [/^A block-list entry needs an 18-character USCC$/, 'settings.errors.uscc_length', () => ({})],
    [/^Required$/, 'ra.validation.required', () => ({})],
    [/^Each date must be YYYY-MM-DD within (\d{4})$/, 'settings.errors.calendar_dates', m => ({ year: m[1] })],
    [/^Year must be four digits$/, 'settings.errors.year', () => ({})],
];

export const translateSettingsError = (message: string, translate: Translate): string => {
    for (const [pattern, key, params] of PATTERNS) {
        const m = pattern.exec(message);
        if (m) return translate(key, { ...params(m), _: message });
    }
    return message;
};
