import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export const SectionCard = ({ title, children }: { title: string; children: ReactNode }) => (
    <Card variant="outlined" sx={{ mb: 2 }} component="section" aria-label={title}>
        <CardContent>
            <Typography variant="subtitle1" component="h2" gutterBottom fontWeight={600}>
                {title}
            </Typography>
            {children}
        </CardContent>
    </Card>
);
