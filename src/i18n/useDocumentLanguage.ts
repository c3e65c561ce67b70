// Keeps <html lang> in step with the console's language (screen readers, CJK font choice).
import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

export const useDocumentLanguage = () => {
    const [locale] = useLocaleState();
    useEffect(() => {
        document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    }, [locale]);
};
