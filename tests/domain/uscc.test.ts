import { describe, expect, it } from 'vitest';
import { isValidUscc, USCC_ALPHABET, usccCheckCharacter, usccProblem, usccProblemMessage } from '../../src/domain/uscc';

// RULES.md "The USCC check character (GB 32100-2015)".
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

describe('USCC check character (R-REG-7, GB 32100-2015)', () => {
    it('R-REG-7 uses the 31-character alphabet without I, O, S, V, Z', () => {
        expect(USCC_ALPHABET).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
        expect(USCC_ALPHABET).toHaveLength(31);
        for (const ch of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(ch);
    });

    it('R-REG-7 accepts 91350100M000100Y43, checked by hand', () => {
        // values × weights: 9×1 + 1×3 + 3×9 + 5×27 + 0 + 1×26 + 0 + 0 + M(21)×20 + 0 + 0 + 0 + 1×8 + 0 + 0 + Y(30)×30 + 4×28
        const total = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112;
        expect(total).toBe(1640);
        expect(total % 31).toBe(28);
        expect(31 - 28).toBe(3); // alphabet[3] = '3'
        expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
        expect(isValidUscc('91350100M000100Y43')).toBe(true);
    });

    it('R-REG-7 accepts 91110000600037341L, checked by hand', () => {
        // 9×1 + 1×3 + 1×9 + 1×27 + 6×20 + 3×8 + 7×24 + 3×10 + 4×30 + 1×28
        const total = 9 + 3 + 9 + 27 + 120 + 24 + 168 + 30 + 120 + 28;
        expect(total).toBe(538);
        expect(total % 31).toBe(11);
        expect(USCC_ALPHABET[31 - 11]).toBe('L');
        expect(usccCheckCharacter('91110000600037341')).toBe('L');
        expect(isValidUscc('91110000600037341L')).toBe(true);
    });

    it('R-REG-7 maps a remainder of 0 to the check character 0 (31 becomes 0)', () => {
        // Find a 17th character that makes the weighted sum a multiple of 31: 31 - 0 = 31 becomes 0.
        const prefix = '9111000060003734';
        const last = [...USCC_ALPHABET].find(ch => {
            let total = 0;
            const first17 = prefix + ch;
            for (let i = 0; i < 17; i++) total += USCC_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
            return total % 31 === 0;
        })!;
        expect(usccCheckCharacter(prefix + last)).toBe('0');
        expect(isValidUscc(`${prefix}${last}0`)).toBe(true);
    });

    it('R-REG-7 agrees with the reference algorithm on generated codes', () => {
        const reference = (first17: string) => {
            const total = [...first17].reduce((s, ch, i) => s + USCC_ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
            return USCC_ALPHABET[(31 - (total % 31)) % 31];
        };
        let x = 12345;
        for (let n = 0; n < 200; n++) {
            let first17 = '91';
            for (let i = 0; i < 15; i++) {
                x = (x * 1103515245 + 12345) % 2 ** 31;
                first17 += USCC_ALPHABET[x % 31];
            }
            expect(usccCheckCharacter(first17)).toBe(reference(first17));
            expect(isValidUscc(first17 + reference(first17))).toBe(true);
        }
    });

    it('R-REG-7 refuses a code that is not 18 characters long', () => {
        expect(usccProblem('91350100M000100Y4')).toBe('length');
        expect(usccProblem('91350100M000100Y433')).toBe('length');
        expect(usccProblem('')).toBe('length');
        expect(usccProblemMessage.length).toMatch(/18 characters/);
    });

    it('R-REG-7 refuses the characters I, O, S, V and Z and anything outside the alphabet', () => {
        for (const ch of ['I', 'O', 'S', 'V', 'Z', '-', '*', '中']) {
            const code = `91350100${ch}000100Y43`;
            expect(code).toHaveLength(18);
            expect(usccProblem(code), ch).toBe('characters');
            expect(isValidUscc(code)).toBe(false);
        }
        expect(usccCheckCharacter('91350100O000100Y4')).toBeNull();
    });

    it('R-REG-7 refuses a wrong check character', () => {
        expect(usccProblem('91350100M000100Y44')).toBe('check_character');
        expect(usccProblem('91110000600037341K')).toBe('check_character');
        // Transposing two characters of the body is caught: 3×9 + 5×27 = 162 becomes 5×9 + 3×27 = 126.
        expect(usccProblem('91530100M000100Y43')).toBe('check_character');
        expect(usccProblemMessage.check_character).toMatch(/GB 32100-2015/);
    });

    it('R-REG-7 accepts lower case and surrounding spaces as typed by an operator', () => {
        expect(usccProblem(' 91350100m000100y43 ')).toBeNull();
    });
});
