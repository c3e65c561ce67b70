// Four-eyes requests on this account (R-DEP-13), decided right here or in the inbox.
import { Card, CardContent, Typography } from '@mui/material';
import { ReferenceManyField, useTranslate } from 'react-admin';
import { ApprovalDatagrid } from '../approvals/ApprovalDatagrid';

export const AccountApprovals = () => {
    const translate = useTranslate();
    return (
        <Card>
            <CardContent>
                <Typography variant="h6" gutterBottom>
                    {translate('deposits.approvals.title')}
                </Typography>
                <ReferenceManyField reference="approvals" target="accountId" sort={{ field: 'requestedAt', order: 'DESC' }} perPage={10}>
                    <ApprovalDatagrid showMerchant={false} />
                </ReferenceManyField>
            </CardContent>
        </Card>
    );
};
