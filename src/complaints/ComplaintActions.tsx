// Every action the signed-in role may take on this case now; each button hides itself when
// the role or the state machine does not allow it (the API refuses anyway).
import { Stack } from '@mui/material';
import { CloseComplaintButton } from './CloseComplaintButton';
import { DecideButton } from './DecideButton';
import { DeductFromDepositButton } from './DeductFromDepositButton';
import { MarkMaliciousButton } from './MarkMaliciousButton';
import { MarkPaidButton } from './MarkPaidButton';
import { ProposePenaltyButton } from './ProposePenaltyButton';
import { RecordResponseButton } from './RecordResponseButton';
import { SetDeadlineButton } from './SetDeadlineButton';

export const ComplaintActions = () => (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="complaint-actions">
        <SetDeadlineButton />
        <RecordResponseButton />
        <DecideButton />
        <MarkPaidButton />
        <DeductFromDepositButton />
        <ProposePenaltyButton />
        <MarkMaliciousButton />
        <CloseComplaintButton />
    </Stack>
);
