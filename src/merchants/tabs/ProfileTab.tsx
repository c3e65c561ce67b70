import { Alert, Grid, Stack, Typography } from '@mui/material';
import { BooleanField, ChipField, DateField, Labeled, ReferenceArrayField, SingleFieldList, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Merchant } from '../../domain';
import { useFormatters } from '../format';
import { MerchantStatusChip } from '../MerchantStatusChip';
import { DepositStatusChip } from '../DepositStatusChip';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
    const translate = useTranslate();
    return (
        <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="subtitle1" fontWeight={600} gutterBottom>{translate(title)}</Typography>
            <Stack spacing={1}>{children}</Stack>
        </Grid>
    );
};

export const ProfileTab = () => {
    const record = useRecordContext<Merchant>();
    const translate = useTranslate();
    const { money } = useFormatters();
    if (!record) return null;
    return (
        <Grid container spacing={3} sx={{ py: 1 }}>
            <Section title="merchants.profile.registration">
                <Labeled label="resources.merchants.fields.status"><MerchantStatusChip /></Labeled>
                <TextField source="nameZh" />
                <TextField source="nameEn" />
                <TextField source="storeName" />
                <TextField source="uscc" />
                <TextField source="legalRepresentative" />
                <Labeled label="resources.merchants.fields.businessType">
                    <Typography variant="body2">{translate(`merchants.business_type.${record.businessType}`)}</Typography>
                </Labeled>
                <Labeled label="resources.merchants.fields.registeredCapital">
                    <Typography variant="body2">{money(record.registeredCapital, 'CNY')}</Typography>
                </Labeled>
                <DateField source="establishedOn" />
                <TextField source="address" />
                <TextField source="businessScope" />
                <BooleanField source="hasImportExportRight" />
                <ReferenceArrayField source="categoryIds" reference="categories">
                    <SingleFieldList linkType={false}><ChipField source="nameEn" size="small" /></SingleFieldList>
                </ReferenceArrayField>
                <Labeled label="resources.merchants.fields.depositStatus"><DepositStatusChip /></Labeled>
            </Section>
            <Section title="merchants.profile.contact">
                <Alert severity="info">{translate('merchants.masked_help')}</Alert>
                <TextField source="contactPerson" />
                <TextField source="contactTitle" />
                <TextField source="email" />
                <TextField source="phone" />
                <TextField source="contactAddress" />
                <Typography variant="subtitle1" fontWeight={600} sx={{ pt: 2 }}>{translate('merchants.profile.dates')}</Typography>
                <DateField source="registeredAt" showTime />
                <DateField source="submittedAt" showTime />
                <DateField source="agreementAcceptedAt" showTime emptyText="—" />
                <DateField source="approvedAt" showTime emptyText="—" />
            </Section>
        </Grid>
    );
};
