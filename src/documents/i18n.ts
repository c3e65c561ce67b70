const en = {
    resources: {
        documents: {
            name: 'Document |||| Documents',
            fields: {
                merchantId: 'Merchant',
                type: 'Type',
                title: 'Title',
                fileIds: 'Files',
                file: 'Scan (image or PDF)',
                issuedOn: 'Issued on',
                expiresOn: 'Expires on (empty: no fixed expiry)',
                reviewStatus: 'Review',
                printedCopyReceived: 'Printed copy received (R-REG-2)',
                licence: {
                    uscc: 'Unified social credit code',
                    registeredName: 'Registered name',
                    businessType: 'Business type',
                    legalRepresentative: 'Legal representative',
                    registeredCapital: 'Registered capital (fen)',
                    establishedOn: 'Date of establishment',
                    businessTermEnd: 'Business term until',
                    residence: 'Residence',
                    businessScope: 'Business scope',
                    issuingAuthority: 'Issuing authority',
                },
            },
        },
    },
    documents: {
        help: 'Licence fields (R-REG-7) are validated by the server: USCC check character, date of establishment not in the future, expiry not before issue. Nothing is saved while a field is wrong.',
        upload_help: 'JPEG, PNG, WebP or PDF; the type is read from the file itself and the size is limited by the platform settings.',
        uploading: 'Uploading…',
        licence_section: 'Licence fields (R-REG-7)',
    },
};

const zh: typeof en = {
    resources: {
        documents: {
            name: '文件 |||| 文件',
            fields: {
                merchantId: '商户',
                type: '类型',
                title: '标题',
                fileIds: '文件',
                file: '扫描件（图片或 PDF）',
                issuedOn: '签发日期',
                expiresOn: '到期日期（留空表示长期有效）',
                reviewStatus: '审核',
                printedCopyReceived: '已收到纸质件（R-REG-2）',
                licence: {
                    uscc: '统一社会信用代码',
                    registeredName: '登记名称',
                    businessType: '企业类型',
                    legalRepresentative: '法定代表人',
                    registeredCapital: '注册资本（分）',
                    establishedOn: '成立日期',
                    businessTermEnd: '营业期限至',
                    residence: '住所',
                    businessScope: '经营范围',
                    issuingAuthority: '登记机关',
                },
            },
        },
    },
    documents: {
        help: '执照信息（R-REG-7）由服务器校验：统一社会信用代码校验位、成立日期不晚于今天、到期日不早于签发日。任一字段有误时不会保存任何内容。',
        upload_help: '支持 JPEG、PNG、WebP 或 PDF；文件类型按文件内容识别，大小受平台设置限制。',
        uploading: '上传中…',
        licence_section: '执照信息（R-REG-7）',
    },
};

export const documentMessages = { en, zh };
