export const noticeMessages = {
    en: {
        resources: {
            notices: {
                name: 'Notice |||| Notices',
                fields: {
                    merchantId: 'Merchant',
                    kind: 'Kind',
                    channel: 'Channel',
                    subject: 'Subject',
                    content: 'Content',
                    sentAt: 'Sent at',
                    deemedDeliveredAt: 'Deemed delivered',
                    sentBy: 'Sent by',
                    resource: 'About',
                    recordId: 'Record',
                    sentAt_gte: 'Sent from',
                    sentAt_lte: 'Sent until',
                },
                channels: { email: 'E-mail', in_site: 'In-site letter', post: 'Posted letter' },
                delivery_rule: 'R-NOT-2: an e-mail counts as delivered 24 hours after sending, a posted letter on the fifth natural day, an in-site letter at once.',
                empty: 'No notice matches these filters.',
            },
        },
    },
    zh: {
        resources: {
            notices: {
                name: '通知 |||| 通知中心',
                fields: {
                    merchantId: '商户',
                    kind: '类型',
                    channel: '渠道',
                    subject: '主题',
                    content: '内容',
                    sentAt: '发送时间',
                    deemedDeliveredAt: '视为送达时间',
                    sentBy: '发送人',
                    resource: '关联对象',
                    recordId: '记录',
                    sentAt_gte: '发送时间自',
                    sentAt_lte: '发送时间至',
                },
                channels: { email: '电子邮件', in_site: '站内信', post: '邮寄信函' },
                delivery_rule: 'R-NOT-2：电子邮件发送后 24 小时视为送达；邮寄信函于寄出后第五个自然日视为送达；站内信即时送达。',
                empty: '没有符合筛选条件的通知。',
            },
        },
    },
};
