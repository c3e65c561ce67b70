const en = {
    resources: {
        'change-reports': {
            name: 'Change report |||| Change reports',
            fields: {
                id: 'ID',
                merchantId: 'Merchant',
                changedOn: 'Changed on',
                reportedAt: 'Reported',
                reportDueDate: 'Report due',
                late: 'Late',
                changes: 'Changes',
                status: 'Status',
                reviewNote: 'Review note',
                reviewedAt: 'Reviewed',
            },
        },
    },
    change_reports: {
        empty: 'No change report.',
        help: 'A change to registered information must be reported within %{days} working days of the change (R-REG-10). Accepting applies it to the merchant and records before and after in the audit log.',
        late: 'Late (R-REG-10)',
        on_time: 'On time',
        status: { pending: 'Pending', approved: 'Accepted', rejected: 'Rejected' },
        accept: 'Accept',
        reject: 'Reject',
        title: { accept: 'Accept this change report?', reject: 'Reject this change report?' },
        content: {
            accept: 'The changes are applied to the merchant’s registration (validated like an edit) and the merchant is notified. This cannot be undone.',
            reject: 'The merchant is notified with your note. This cannot be undone.',
        },
        note: 'Note',
        confirm: 'Confirm',
        done: 'Change report reviewed',
        field: 'Field',
        before: 'Before',
        after: 'After',
    },
};

const zh: typeof en = {
    resources: {
        'change-reports': {
            name: '变更报告 |||| 变更报告',
            fields: {
                id: '编号',
                merchantId: '商户',
                changedOn: '变更日期',
                reportedAt: '报告时间',
                reportDueDate: '报告截止日',
                late: '逾期',
                changes: '变更内容',
                status: '状态',
                reviewNote: '审核备注',
                reviewedAt: '审核时间',
            },
        },
    },
    change_reports: {
        empty: '没有变更报告。',
        help: '登记信息变更须在变更后 %{days} 个工作日内报告（R-REG-10）。通过后将更新商户信息，并在审计日志中记录变更前后的内容。',
        late: '逾期报告（R-REG-10）',
        on_time: '按时',
        status: { pending: '待审核', approved: '已通过', rejected: '已驳回' },
        accept: '通过',
        reject: '驳回',
        title: { accept: '通过该变更报告？', reject: '驳回该变更报告？' },
        content: {
            accept: '变更将应用到商户登记信息（与编辑同样校验），并通知商户。此操作无法撤销。',
            reject: '将把您的备注通知商户。此操作无法撤销。',
        },
        note: '备注',
        confirm: '确认',
        done: '变更报告已审核',
        field: '字段',
        before: '变更前',
        after: '变更后',
    },
};

export const changeReportMessages = { en, zh };
