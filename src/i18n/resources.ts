// Per-resource messages, merged into both locales. Each resource folder has an i18n.ts
// exporting { en, zh } of the shape { resources: { <name>: {...} } } plus any extra keys.
import { auditLogMessages } from '../audit-log/i18n';
import { complaintMessages } from '../complaints/i18n';
import { evidenceMessages } from '../evidence/i18n';
import { fileMessages } from '../files/i18n';
import { settingsMessages } from '../settings/i18n';
import { ruleMessages } from './rules';

export const resourceMessages = [ruleMessages, auditLogMessages, settingsMessages, complaintMessages, evidenceMessages, fileMessages];
