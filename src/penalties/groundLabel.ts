import { groundByCode, type PenaltyGround } from '../domain';

/** "R-PEN-6 · Commercial bribery" in the console's language. */
export const groundLabel = (ground: Pick<PenaltyGround, 'kind' | 'ruleId' | 'code' | 'complaintId'>, locale: string) => {
    if (ground.kind === 'complaint') return `${ground.ruleId ?? 'R-CMP-8'} · ${locale === 'zh' ? '投诉' : 'Complaint'} ${ground.complaintId ?? ''}`;
    const def = groundByCode(ground.code);
    return def ? `${def.ruleId} · ${locale === 'zh' ? def.zh : def.en}` : (ground.ruleId ?? '—');
};
