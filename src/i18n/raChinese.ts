// react-admin 5's own messages in Simplified Chinese (no maintained pack exists for v5).
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

// TODO(foundation-ui): complete translation. Until then fall back to English.
export const raChinese: TranslationMessages = englishMessages;
