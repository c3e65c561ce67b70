// Shortfall watch list texts (R-DEP-5).
export const shortfallMessages = {
    en: {
        resources: {
            shortfalls: {
                name: 'Shortfall |||| Shortfall watch list',
                fields: { merchantName: 'Merchant', topUpOverdue: 'Overdue only', currency: 'Currency', q: 'Search merchant' },
                empty: 'No account is below its required amount.',
                help: 'Accounts below their required amount, by top-up due date: a merchant tops up within %{days} days (R-DEP-5). Overdue in red.',
            },
        },
    },
    zh: {
        resources: {
            shortfalls: {
                name: '差额 |||| 保证金差额监控',
                fields: { merchantName: '商户', topUpOverdue: '仅看逾期', currency: '币种', q: '搜索商户' },
                empty: '没有低于应缴金额的账户。',
                help: '余额低于应缴金额的账户，按补缴期限排序：商户须在 %{days} 日内补足（R-DEP-5）。逾期以红色标出。',
            },
        },
    },
};
