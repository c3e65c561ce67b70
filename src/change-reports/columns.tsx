import { DateField, ReferenceField, TextField } from 'react-admin';
import { ChangesField } from './ChangesField';
import { ChangeReportStatusChip, LateChip } from './LateChip';

export const changeReportColumns = ({ withMerchant }: { withMerchant: boolean }) => [
    ...(withMerchant
        ? [
              <ReferenceField key="merchantId" source="merchantId" reference="merchants" link="show" label="resources.change-reports.fields.merchantId">
                  <TextField source="nameZh" />
              </ReferenceField>,
          ]
        : []),
    <DateField key="changedOn" source="changedOn" label="resources.change-reports.fields.changedOn" />,
    <DateField key="reportedAt" source="reportedAt" showTime label="resources.change-reports.fields.reportedAt" />,
    <DateField key="reportDueDate" source="reportDueDate" label="resources.change-reports.fields.reportDueDate" />,
    <LateChip key="late" source="late" label="resources.change-reports.fields.late" />,
    <ChangesField key="changes" label="resources.change-reports.fields.changes" sortable={false} />,
    <ChangeReportStatusChip key="status" source="status" label="resources.change-reports.fields.status" />,
];
