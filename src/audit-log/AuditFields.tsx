// Small fields of an audit entry: who (name and role), what action, on which resource.
import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../domain';

export const OperatorField = (_: { label?: string; sortBy?: string }) => {
    const record = useRecordContext<AuditEntry>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Box>
            <Typography variant="body2" component="span">{record.operatorName}</Typography>
            {record.role && (
                <Typography variant="caption" component="div" color="text.secondary">
                    {translate(`app.roles.${record.role}`)}
                </Typography>
            )}
        </Box>
    );
};

export const ActionField = (_: { label?: string; sortBy?: string }) => {
    const record = useRecordContext<AuditEntry>();
    const translate = useTranslate();
    if (!record) return null;
    return <Chip size="small" label={translate(`resources.audit-log.actions.${record.action}`, { _: record.action })} title={record.action} />;
};

export const ResourceNameField = (_: { label?: string; sortBy?: string }) => {
    const record = useRecordContext<AuditEntry>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Typography variant="body2" component="span">
            {translate(`resources.${record.resource}.name`, { smart_count: 1, _: record.resource })}
        </Typography>
    );
};
