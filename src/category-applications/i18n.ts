const en = {
    resources: {
        'category-applications': {
            name: 'Category application |||| Category applications',
            fields: {
                merchantId: 'Merchant',
                categoryId: 'Category',
                signedAt: 'Signed',
                status: 'Status',
                dueDate: 'Due (15 working days)',
                workingDaysLeft: 'Working days left',
                conditions: 'Conditions (R-REG-12)',
                activatedAt: 'Activated',
                conditionsMet: 'Conditions met',
            },
        },
    },
    category_applications: {
        empty: 'No category application.',
        help: 'A category opens within 15 working days of signing once all conditions hold; otherwise the application lapses (R-REG-12, 003 §15.4).',
        status: { pending: 'Pending', active: 'Active', lapsed: 'Lapsed', withdrawn: 'Withdrawn' },
        conditions: {
            registered: 'Member registered',
            agreementAccepted: 'Agreement accepted',
            materialsApproved: 'Materials approved',
            depositPaid: 'Deposit paid or guarantee (R-DEP-2)',
            activationNoticeSent: 'Activation notice sent',
        },
        activate: 'Activate',
        activate_title: 'Open this category service?',
        activate_content: 'The activation notice is sent to the merchant by e-mail and in-site letter (R-NOT-1) and the category opens. This cannot be undone.',
        activated: 'Category activated and notice sent',
        unmet: 'Cannot activate yet: %{conditions}',
    },
};

const zh: typeof en = {
    resources: {
        'category-applications': {
            name: '类目申请 |||| 类目申请',
            fields: {
                merchantId: '商户',
                categoryId: '类目',
                signedAt: '签署时间',
                status: '状态',
                dueDate: '截止日（15 个工作日）',
                workingDaysLeft: '剩余工作日',
                conditions: '开通条件（R-REG-12）',
                activatedAt: '开通时间',
                conditionsMet: '条件已满足',
            },
        },
    },
    category_applications: {
        empty: '没有类目申请。',
        help: '签署后 15 个工作日内全部条件满足即开通类目；否则申请失效（R-REG-12，003 §15.4）。',
        status: { pending: '待开通', active: '已开通', lapsed: '已失效', withdrawn: '已撤回' },
        conditions: {
            registered: '会员已注册',
            agreementAccepted: '已接受协议',
            materialsApproved: '材料已审核',
            depositPaid: '已缴保证金或履约保函（R-DEP-2）',
            activationNoticeSent: '已发送开通通知',
        },
        activate: '开通',
        activate_title: '开通该类目服务？',
        activate_content: '将通过电子邮件和站内信向商户发送开通通知（R-NOT-1），类目随即开通。此操作无法撤销。',
        activated: '类目已开通，通知已发送',
        unmet: '暂不能开通：%{conditions}',
    },
};

export const categoryApplicationMessages = { en, zh };
