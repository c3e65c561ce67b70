import { EditButton, TopToolbar, usePermissions } from 'react-admin';
import { canRole } from '../domain';
import { DecisionButton } from './DecisionButton';
import { ResubmitButton } from './ResubmitButton';
import { RevealContactButton } from './RevealContactButton';

export const MerchantShowActions = () => {
    const { permissions } = usePermissions();
    const mayDecide = canRole(permissions, 'merchants', 'decide');
    return (
        <TopToolbar>
            {mayDecide && <DecisionButton kind="approve" />}
            {mayDecide && <DecisionButton kind="request_info" />}
            {mayDecide && <DecisionButton kind="reject" />}
            {mayDecide && <ResubmitButton />}
            <RevealContactButton />
            {canRole(permissions, 'merchants', 'edit') && <EditButton />}
        </TopToolbar>
    );
};
