/** Bytes as "12.3 KB" / "1.2 MB" for the operator (Intl number formatting). */
export const formatSize = (bytes: number, locale: string): string => {
    const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
    if (bytes < 1024) return `${new Intl.NumberFormat(tag).format(bytes)} B`;
    if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;
    return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
};

export const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf';
