// R-PRV-1: contact data and identity numbers are masked wherever they are listed.
/** 13812345678 -> 138****5678 */
export const maskPhone = (phone: string): string =>
    phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;

/** zhang.wei@example.cn -> z***@example.cn */
export const maskEmail = (email: string): string => {
    const at = email.indexOf('@');
    if (at <= 0) return '***';
    return `${email[0]}***${email.slice(at)}`;
};
