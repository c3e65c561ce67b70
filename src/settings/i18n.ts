export const settingsMessages = {
    en: { resources: { settings: { name: 'Settings |||| Settings' } } },
    zh: { resources: { settings: { name: '平台设置 |||| 平台设置' } } },
};
