// Termination and clearance (R-PEN-9), forfeiture (R-DEP-10) in English and Chinese.
const en = {
    resources: {
        clearances: {
            name: 'Clearance |||| Clearances',
            fields: { merchantName: 'Merchant', startedOn: 'Started', dueOn: 'Due', daysLeft: 'Days left', items: 'Checklist', status: 'Status', terminationPenaltyId: 'Termination', q: 'Search', complete: 'Checklist clear', overdue: 'Overdue' },
        },
    },
    clearances: {
        help: 'A terminated merchant has %{days} days to finish its transactions, settle disputes and penalties and pay damages (R-PEN-9). Once every item is clear, complete the clearance: the merchant is closed and its deposit refund follows R-DEP-7.',
        item: {
            transactions: 'Open transactions finished',
            disputes: 'Disputes and complaints settled',
            penalties: 'Penalties settled (no proposal or appeal pending)',
            damages: 'Damages and amounts owed paid',
        },
        open: '%{count} open',
        owed: '%{amount} owed',
        days_left: '%{smart_count} day left |||| %{smart_count} days left',
        overdue: 'Overdue by %{smart_count} day |||| Overdue by %{smart_count} days',
        status: { in_clearance: 'In clearance', closed: 'Closed' },
        complete: 'Complete clearance',
        complete_title: 'Complete the clearance of %{name}?',
        complete_content: 'The merchant’s store and account are closed for good and it is notified. The deposit refund follows R-DEP-7 after %{months} quiet months.',
        completed: 'Clearance complete: the merchant is closed',
        forfeit: 'Request forfeiture',
        forfeit_title: 'Request forfeiture of the unused deposit?',
        forfeit_content: 'Termination on a ground of 003 §15.2.3 allows forfeiting the unused deposit (R-DEP-10). This creates a forfeiture request; a second person approves it in Approvals (four eyes, R-DEP-13).',
        forfeit_requested: 'Forfeiture requested: %{id}',
        forfeit_not_allowed: 'The termination ground does not allow forfeiture (R-DEP-10).',
        refund_from: 'Refund possible from %{date} if nothing is left open (R-DEP-7).',
        balance: 'Deposit balance: %{amount}',
        termination: 'Termination penalty',
        note: 'Note',
        empty: 'No merchant is in clearance.',
    },
};
const zh: typeof en = {
    resources: {
        clearances: {
            name: '清算 |||| 清算',
            fields: { merchantName: '商户', startedOn: '开始', dueOn: '截止', daysLeft: '剩余天数', items: '清单', status: '状态', terminationPenaltyId: '终止处罚', q: '搜索', complete: '清单已清', overdue: '已逾期' },
        },
    },
    clearances: {
        help: '被终止的商户须在 %{days} 天内完成交易、解决纠纷和处罚并支付赔偿（R-PEN-9）。全部完成后结束清算：商户关闭，保证金退还按 R-DEP-7 办理。',
        item: {
            transactions: '未完成交易已完成',
            disputes: '纠纷及投诉已解决',
            penalties: '处罚已了结（无待批准提议或待决申诉）',
            damages: '赔偿及欠款已支付',
        },
        open: '%{count} 项未完成',
        owed: '欠款 %{amount}',
        days_left: '剩余 %{smart_count} 天',
        overdue: '已逾期 %{smart_count} 天',
        status: { in_clearance: '清算中', closed: '已关闭' },
        complete: '完成清算',
        complete_title: '完成 %{name} 的清算？',
        complete_content: '商户的店铺和账户将永久关闭并通知商户。保证金在 %{months} 个月无纠纷后按 R-DEP-7 退还。',
        completed: '清算完成：商户已关闭',
        forfeit: '申请没收保证金',
        forfeit_title: '申请没收未使用的保证金？',
        forfeit_content: '依 003 §15.2.3 的事由终止协议的，可没收未使用的保证金（R-DEP-10）。此操作创建没收申请，须由第二人在审批中批准（双人复核，R-DEP-13）。',
        forfeit_requested: '已申请没收：%{id}',
        forfeit_not_allowed: '终止事由不允许没收保证金（R-DEP-10）。',
        refund_from: '如无未了事项，自 %{date} 起可退还保证金（R-DEP-7）。',
        balance: '保证金余额：%{amount}',
        termination: '终止处罚',
        note: '备注',
        empty: '没有处于清算中的商户。',
    },
};
export const clearancesMessages = { en, zh };
