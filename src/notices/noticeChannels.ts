import { NOTICE_CHANNELS } from '../domain';

export const channelChoices = NOTICE_CHANNELS.map(id => ({ id, name: `resources.notices.channels.${id}` }));
