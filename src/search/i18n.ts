export const searchMessages = {
    en: {
        search: {
            label: 'Search merchants and complaints',
            placeholder: 'Name, USCC, phone, complaint no. or order ref.  ( / )',
            no_results: 'No merchant or complaint matches',
            type_more: 'Type at least 2 characters',
            merchants: 'Merchant',
            complaints: 'Complaint',
            error: 'Search failed: %{message}',
        },
    },
    zh: {
        search: {
            label: '搜索商户和投诉',
            placeholder: '名称、统一社会信用代码、电话、投诉编号或订单号（按 / 聚焦）',
            no_results: '没有匹配的商户或投诉',
            type_more: '请至少输入 2 个字符',
            merchants: '商户',
            complaints: '投诉',
            error: '搜索失败：%{message}',
        },
    },
};
