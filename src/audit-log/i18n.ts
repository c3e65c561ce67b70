// Audit-log page messages. Action names fall back to the raw action code when not listed.
export const auditLogMessages = {
    en: {
        resources: {
            'audit-log': {
                name: 'Audit log |||| Audit log',
                fields: {
                    at: 'When', at_gte: 'From (China date)', at_lte: 'To (China date)', operatorName: 'Operator', role: 'Role', action: 'Action',
                    resource: 'Resource', recordId: 'Record', merchantId: 'Merchant', reason: 'Reason', before: 'Before', after: 'After',
                },
                diff: { title: 'Changes', field: 'Field', no_changes: 'No field changed.', whole_value: '(whole value)' },
                empty: 'Every change made in the console is written here, with who made it, when, and the values before and after.',
                trail_empty: 'No recorded changes yet',
                trail_title: 'Audit trail',
                actions: {
                    create: 'Created', update: 'Updated', delete: 'Deleted', 'set-clock': 'Moved the mock clock', 'reset-demo-data': 'Reset the demo data',
                    decide: 'Decision', review: 'Review', approve: 'Approved', reject: 'Rejected', reverse: 'Reversal', close: 'Closed',
                    'mark-paid': 'Marked paid', activate: 'Activated', withdraw: 'Withdrawn', lift: 'Lifted', appeal: 'Appeal',
                    'decide-appeal': 'Appeal decision', publish: 'Published', 'reveal-contact': 'Revealed contact data',
                    'on-site-check': 'On-site check', 'set-deadline': 'Set a deadline', 'mark-malicious': 'Marked malicious',
                    'request-deduction': 'Requested a deduction',
                },
            },
        },
    },
    zh: {
        resources: {
            'audit-log': {
                name: '审计日志 |||| 审计日志',
                fields: {
                    at: '时间', at_gte: '起始日期（北京时间）', at_lte: '截止日期（北京时间）', operatorName: '操作人', role: '角色', action: '操作',
                    resource: '资源', recordId: '记录', merchantId: '商户', reason: '原因', before: '变更前', after: '变更后',
                },
                diff: { title: '变更内容', field: '字段', no_changes: '没有字段发生变化。', whole_value: '（整体值）' },
                empty: '控制台中的每一项变更都会记录在这里，包括操作人、时间以及变更前后的值。',
                trail_empty: '尚无变更记录',
                trail_title: '审计记录',
                actions: {
                    create: '新建', update: '修改', delete: '删除', 'set-clock': '调整模拟时钟', 'reset-demo-data': '重置演示数据',
                    decide: '作出决定', review: '审核', approve: '批准', reject: '驳回', reverse: '冲正', close: '关闭',
                    'mark-paid': '标记已付', activate: '开通', withdraw: '撤回', lift: '解除', appeal: '申诉',
                    'decide-appeal': '申诉决定', publish: '公示', 'reveal-contact': '查看完整联系方式',
                    'on-site-check': '实地核查', 'set-deadline': '设定期限', 'mark-malicious': '标记为恶意',
                    'request-deduction': '申请扣款',
                },
            },
        },
    },
};
