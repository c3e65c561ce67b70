// The approval lines, used by the inbox and by an account page.
import { CalendarDateField, DateTimeField } from '../common/DateFields';
import { Box, Typography } from '@mui/material';
import { Datagrid, FunctionField, TextField, useTranslate } from 'react-admin';
import type { Approval } from '../domain';
import { MoneyField } from '../deposit-accounts/money';
import { OperatorField } from '../deposit-accounts/OperatorField';
import { ApprovalKindField, ApprovalStatusField, DecisionBlockField } from './ApprovalFields';
import { ApproveButton } from './ApproveButton';
import { MarkPaidButton } from './MarkPaidButton';
import { RejectButton } from './RejectButton';

const EmptyText = () => {
    const translate = useTranslate();
    return (
        <Typography color="text.secondary" sx={{ p: 2 }}>
            {translate('resources.approvals.empty')}
        </Typography>
    );
};

export const ApprovalDatagrid = ({ showMerchant = true }: { showMerchant?: boolean }) => (
    <Datagrid
        bulkActionButtons={false}
        rowClick={showMerchant ? (_id, _resource, record) => `/deposit-accounts/${(record as Approval).accountId}/show` : false}
        empty={<EmptyText />}
    >
        <TextField source="id" />
        <ApprovalKindField label="resources.approvals.fields.kind" />
        {showMerchant && <FunctionField source="merchantName" render={(a: Approval) => a.merchantName} />}
        <MoneyField source="amount" label="resources.approvals.fields.amount" />
        <TextField source="note" />
        <OperatorField source="requestedBy" label="resources.approvals.fields.requestedBy" />
        <DateTimeField source="requestedAt" />
        <ApprovalStatusField label="resources.approvals.fields.status" />
        <OperatorField source="decidedBy" label="resources.approvals.fields.decidedBy" />
        <CalendarDateField source="payoutDueDate" />
        <FunctionField
            label=""
            render={() => (
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'flex-end' }}>
                    <ApproveButton />
                    <RejectButton />
                    <MarkPaidButton />
                    <DecisionBlockField />
                </Box>
            )}
        />
    </Datagrid>
);
