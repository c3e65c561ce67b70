export const auditLogMessages = {
    en: { resources: { 'audit-log': { name: 'Audit log |||| Audit log', fields: { at: 'When', operatorName: 'Operator', role: 'Role', action: 'Action', resource: 'Resource', recordId: 'Record', merchantId: 'Merchant', reason: 'Reason', before: 'Before', after: 'After' } } } },
    zh: { resources: { 'audit-log': { name: '审计日志 |||| 审计日志', fields: { at: '时间', operatorName: '操作人', role: '角色', action: '操作', resource: '资源', recordId: '记录', merchantId: '商户', reason: '原因', before: '变更前', after: '变更后' } } } },
};
