import { Alert, Grid, Stack, Typography } from '@mui/material';
import { BooleanField, ChipField, Labeled, ReferenceArrayField, SingleFieldList, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ChinaDateField } from '../format';
import type { Merchant } from '../../domain';
import { useFormatters } from '../format';
import { MerchantStatusChip } from '../MerchantStatusChip';
import { DepositStatusChip } from '../DepositStatusChip';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
    const translate = useTranslate();
    return (
        <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="subtitle1" fontWeight={600} gutterBottom>{translate(title)}</Typography>
            <Stack spacing={1} alignItems="flex-start">{children}</Stack>
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
                <Labeled><TextField source="nameZh" /></Labeled>
                <Labeled><TextField source="nameEn" /></Labeled>
                <Labeled><TextField source="storeName" /></Labeled>
                <Labeled><TextField source="uscc" /></Labeled>
                <Labeled><TextField source="legalRepresentative" /></Labeled>
                <Labeled label="resources.merchants.fields.businessType">
                    <Typography variant="body2">{translate(`merchants.business_type.${record.businessType}`)}</Typography>
                </Labeled>
                <Labeled label="resources.merchants.fields.registeredCapital">
                    <Typography variant="body2">{money(record.registeredCapital, 'CNY')}</Typography>
                </Labeled>
                <Labeled><ChinaDateField source="establishedOn" /></Labeled>
                <Labeled><TextField source="address" /></Labeled>
                <Labeled><TextField source="businessScope" /></Labeled>
                <Labeled><BooleanField source="hasImportExportRight" /></Labeled>
                <Labeled>
                    <ReferenceArrayField source="categoryIds" reference="categories">
                        <SingleFieldList linkType={false}><ChipField source="nameEn" size="small" /></SingleFieldList>
                    </ReferenceArrayField>
                </Labeled>
                <Labeled label="resources.merchants.fields.depositStatus"><DepositStatusChip /></Labeled>
            </Section>
            <Section title="merchants.profile.contact">
                <Alert severity="info">{translate('merchants.masked_help')}</Alert>
                <Labeled><TextField source="contactPerson" /></Labeled>
                <Labeled><TextField source="contactTitle" /></Labeled>
                <Labeled><TextField source="email" /></Labeled>
                <Labeled><TextField source="phone" /></Labeled>
                <Labeled><TextField source="contactAddress" /></Labeled>
                <Typography variant="subtitle1" fontWeight={600} sx={{ pt: 2 }}>{translate('merchants.profile.dates')}</Typography>
                <Labeled><ChinaDateField source="registeredAt" showTime /></Labeled>
                <Labeled><ChinaDateField source="submittedAt" showTime /></Labeled>
                <Labeled><ChinaDateField source="agreementAcceptedAt" showTime emptyText="—" /></Labeled>
                <Labeled><ChinaDateField source="approvedAt" showTime emptyText="—" /></Labeled>
            </Section>
        </Grid>
    );
};
