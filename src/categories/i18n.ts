export const categoryMessages = {
    en: {
        resources: {
            categories: {
                name: 'Category |||| Categories',
                fields: { code: 'Code', nameZh: 'Name (Chinese)', nameEn: 'Name (English)', requiredDeposit: 'Required deposit (R-DEP-1)', cny: 'CNY', usd: 'USD' },
            },
        },
        categories: { help: 'A store in several categories owes the highest required deposit, not the sum (R-DEP-1).' },
    },
    zh: {
        resources: {
            categories: {
                name: '经营类目 |||| 经营类目',
                fields: { code: '代码', nameZh: '名称（中文）', nameEn: '名称（英文）', requiredDeposit: '应缴保证金（R-DEP-1）', cny: '人民币', usd: '美元' },
            },
        },
        categories: { help: '同时经营多个类目的店铺按其中最高的保证金标准缴纳，而非累加（R-DEP-1）。' },
    },
};
