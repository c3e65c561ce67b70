import Stack from '@mui/material/Stack';
import { TopToolbar } from 'react-admin';
import { AppealButton } from './AppealButton';
import { ApproveButton } from './ApproveButton';
import { DecideAppealButton } from './DecideAppealButton';
import { LiftButton } from './LiftButton';
import { OverturnButton } from './OverturnButton';
import { PublishButton } from './PublishButton';
import { RejectButton } from './RejectButton';

/** The business actions of a penalty; each shows itself only when the state and role allow it. */
export const PenaltyActions = () => (
    <TopToolbar>
        <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
            <ApproveButton />
            <RejectButton />
            <AppealButton />
            <DecideAppealButton />
            <OverturnButton />
            <LiftButton />
            <PublishButton />
        </Stack>
    </TopToolbar>
);
