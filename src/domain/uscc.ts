// R-REG-7: unified social credit code check character, GB 32100-2015.
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'characters' | 'check_character';

/** The check character for the first 17 characters, or null if any is outside the alphabet. */
export const usccCheckCharacter = (first17: string): string | null => {
    if (first17.length !== 17) return null;
    let total = 0;
    for (let i = 0; i < 17; i++) {
        const value = USCC_ALPHABET.indexOf(first17[i]);
        if (value < 0) return null;
        total += value * WEIGHTS[i];
    }
    const check = (31 - (total % 31)) % 31;
    return USCC_ALPHABET[check];
};

/** Null when valid, otherwise what is wrong with it. */
export const usccProblem = (code: string): UsccProblem | null => {
    const normalized = code.trim().toUpperCase();
    if (normalized.length !== 18) return 'length';
    for (const ch of normalized) if (!USCC_ALPHABET.includes(ch)) return 'characters';
    return usccCheckCharacter(normalized.slice(0, 17)) === normalized[17] ? null : 'check_character';
};

export const isValidUscc = (code: string): boolean => usccProblem(code) === null;

export const usccProblemMessage: Record<UsccProblem, string> = {
    length: 'A unified social credit code has exactly 18 characters (R-REG-7)',
    characters: 'A unified social credit code uses only 0-9 and A-Y without I, O, S, V, Z (R-REG-7)',
    check_character: 'The check character (18th) does not match the first 17 characters (GB 32100-2015, R-REG-7)',
};
