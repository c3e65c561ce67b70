// Every Chinese message of the console: react-admin's (../raChinese.ts), the console-wide ones
// (../zh.ts) and each resource's (../resources.ts). A chunk of its own, loaded at startup when
// the console speaks Chinese and on switching to Chinese (../locale.ts). In builds,
// the localeMessages plugin in vite.config.ts gives this module each i18n.ts file without its English half.
import { deepMerge, type Messages } from '../deepMerge';
import { raChinese } from '../raChinese';
import { resourceMessages } from '../resources';
import { zh } from '../zh';

const messages: Messages = deepMerge(raChinese as Messages, zh, ...resourceMessages.map(m => m.zh as Messages));

export default messages;
