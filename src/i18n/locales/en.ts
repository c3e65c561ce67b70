// Every English message of the console: react-admin's, the console-wide ones (../en.ts) and each
// resource's (../resources.ts). A chunk of its own, loaded at startup when the console speaks
// English and on switching to English (../locale.ts). In builds, the localeMessages plugin in vite.config.ts
// gives this module each i18n.ts file without its Chinese half.
import englishMessages from 'ra-language-english';
import { deepMerge, type Messages } from '../deepMerge';
import { en } from '../en';
import { resourceMessages } from '../resources';

const messages: Messages = deepMerge(englishMessages as Messages, en, ...resourceMessages.map(m => m.en as Messages));

export default messages;
