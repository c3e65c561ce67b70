import { DateField, ReferenceField, TextField } from 'react-admin';
import { ActivateButton } from './ActivateButton';
import { ApplicationClockField } from './ApplicationClockField';
import { ConditionsChecklist } from './ConditionsChecklist';
import { ApplicationStatusChip } from './StatusChip';

/** Columns shared by the list and the merchant page's categories tab. */
export const categoryApplicationColumns = ({ withMerchant }: { withMerchant: boolean }) => [
    ...(withMerchant
        ? [
              <ReferenceField key="merchantId" source="merchantId" reference="merchants" link="show" label="resources.category-applications.fields.merchantId">
                  <TextField source="nameZh" />
              </ReferenceField>,
          ]
        : []),
    <ReferenceField key="categoryId" source="categoryId" reference="categories" link={false} label="resources.category-applications.fields.categoryId">
        <TextField source="nameEn" />
    </ReferenceField>,
    <ApplicationStatusChip key="status" source="status" label="resources.category-applications.fields.status" />,
    <DateField key="signedAt" source="signedAt" label="resources.category-applications.fields.signedAt" />,
    <ApplicationClockField key="dueDate" label="resources.category-applications.fields.dueDate" sortBy="signedAt" />,
    <ConditionsChecklist key="conditions" label="resources.category-applications.fields.conditions" sortable={false} />,
    <DateField key="activatedAt" source="activatedAt" emptyText="—" label="resources.category-applications.fields.activatedAt" />,
    <ActivateButton key="activate" label="" />,
];
